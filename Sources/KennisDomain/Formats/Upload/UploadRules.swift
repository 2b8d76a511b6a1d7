/// What one upload field accepts.
public struct UploadRules: Sendable, Equatable {
    /// The largest file, in bytes.
    public var maximumBytes: Int
    /// The kinds the field takes.
    public var allowed: Set<FileKind>

    /// Rules for one field.
    public init(maximumBytes: Int, allowed: Set<FileKind>) {
        self.maximumBytes = maximumBytes
        self.allowed = allowed
    }

    /// Documents, sheets, presentations, images and text for the knowledge base: up to 20 MB.
    public static let documents = UploadRules(maximumBytes: 20 * 1_048_576, allowed: Set(FileKind.allCases))

    /// Images to show in a page: PNG, JPEG, GIF and WebP up to 5 MB.
    public static let images = UploadRules(maximumBytes: 5 * 1_048_576, allowed: [.png, .jpeg, .gif, .webp])
}
