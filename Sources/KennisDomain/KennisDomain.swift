/// The pure rules of the Kennis pillar (see Content/ and Formats/).
public enum KennisDomainModule {}
