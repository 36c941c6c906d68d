// The completion hook: a host adds the words it knows (the names of its objects, a
// command's fixed words) to what the language offers on Tab.

/// Host words for Tab completion. Each answer may be nil: "no opinion, use the language's".
public protocol CompletionContributor: AnyObject {
    /// Names that may start an expression (besides variables, commands and keywords).
    var namesInScope: [String] { get }
    /// Bare words a `.name` parameter takes (`point P2`), when the command says nothing better.
    var nameArguments: [String] { get }
    /// Words for the `index`th positional argument of `command`, given the earlier ones.
    func positionalWords(command: String, index: Int, earlier: [String]) -> [String]?
    /// Words after `label:` in a call of `command`.
    func labelWords(command: String, label: String) -> [String]?
}
