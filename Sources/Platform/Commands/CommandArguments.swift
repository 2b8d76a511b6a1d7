/// The arguments after a command's name, read as positional values, `--flag`s and `--option value` pairs.
/// ConsoleKit's signatures take no variable number of files, which `import a.xlsx b.xlsx …` needs.
public struct CommandArguments {
    public var positional: [String] = []
    public var flags: Set<String> = []
    public var options: [String: String] = [:]

    public struct UsageError: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    public init(_ arguments: [String], flags knownFlags: Set<String>, options knownOptions: Set<String>) throws {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--") {
                var name = String(argument.dropFirst(2))
                var inlineValue: String?
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                if knownFlags.contains(name) {
                    flags.insert(name)
                } else if knownOptions.contains(name) {
                    if let inlineValue {
                        options[name] = inlineValue
                    } else {
                        index += 1
                        guard index < arguments.count else { throw UsageError(description: "--\(name) verwacht een waarde") }
                        options[name] = arguments[index]
                    }
                } else {
                    throw UsageError(description: "onbekende optie --\(name)")
                }
            } else {
                positional.append(argument)
            }
            index += 1
        }
    }
}
