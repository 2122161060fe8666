import Foundation

extension ScanConfiguration {
    public static let fileName = ".dredge.yml"
    public static let ignoreFileName = ".dredgeignore"

    /// The configuration for a scan of the repository at `repositoryPath`: `file` (`--config`), or else `.dredge.yml`
    /// at the root of its work tree (in HEAD's tree when the repository is bare); and the `.dredgeignore` beside it.
    /// Files that are not there configure nothing, except a `file` that was asked for.
    public static func load(repositoryPath: String, file: URL? = nil) throws -> ScanConfiguration {
        let source = try file.map { .directory($0.deletingLastPathComponent()) } ?? ConfigurationSource(repositoryPath: repositoryPath)
        var configuration = ScanConfiguration()
        if let (path, text) = try file.map(ConfigurationSource.read) ?? source.read(fileName) {
            configuration = try ConfigurationReader(file: path, directory: source.directory).read(text)
        }
        if let (path, text) = try source.read(ignoreFileName) {
            configuration.ignored = try IgnoreList(text: text, file: path)
        }
        return configuration
    }
}
