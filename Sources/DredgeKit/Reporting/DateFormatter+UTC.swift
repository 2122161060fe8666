import Foundation

extension DateFormatter {
    /// A fixed-format formatter for reports: UTC and the POSIX locale, whatever the machine's settings. Build one
    /// per format and keep it: building costs more than formatting.
    static func utc(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter
    }
}
