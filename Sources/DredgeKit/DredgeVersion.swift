/// dredge's version, reported by `--version` and in every report.
public enum DredgeVersion {
    public static let current = "0.2.0"
}
