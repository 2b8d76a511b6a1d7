extension SafeMarkdown {
    /// How `SafeMarkdown.html(_:options:)` renders.
    public struct Options: Sendable, Equatable {
        /// How many levels headings move down: with 1 (the default) `#` becomes `<h2>`. Kept between 0 and 5;
        /// a heading never goes below `<h6>`.
        public var headingOffset: Int
        /// The site path images may come from, such as `/kennis/bestanden/`. `nil` allows no images at all.
        public var imagePathPrefix: String?
        /// Longer input is not parsed but shown as escaped text.
        public var maximumCharacters: Int

        /// Options with the defaults: headings from `<h2>`, no images, at most 1,000,000 characters.
        public init(headingOffset: Int = 1, imagePathPrefix: String? = nil, maximumCharacters: Int = 1_000_000) {
            self.headingOffset = min(max(headingOffset, 0), 5)
            self.imagePathPrefix = imagePathPrefix
            self.maximumCharacters = maximumCharacters
        }

        /// The prefix when it is a usable site path (one leading `/`, ending in `/`, no `..`), else `nil`.
        var usableImagePrefix: String? {
            guard let prefix = imagePathPrefix, prefix.hasSuffix("/"),
                LinkTarget.classify(prefix) == .site, !LinkTarget.hasDotSegment(prefix)
            else { return nil }
            return prefix
        }
    }
}
