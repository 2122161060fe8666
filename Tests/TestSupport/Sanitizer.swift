import Foundation

/// The sanitizer the tests were built with (`swift test --sanitize=…`), told by its runtime's exported entry point.
public enum Sanitizer {
    /// Under AddressSanitizer the resident set also holds its shadow memory and quarantine, so memory bounds mean
    /// nothing there.
    public static let address = dlsym(dlopen(nil, RTLD_NOW), "__asan_init") != nil
}
