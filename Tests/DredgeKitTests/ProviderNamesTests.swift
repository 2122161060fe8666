@testable import DredgeKit
import Foundation
import Testing

/// A value named for a provider whose documented format has no prefix (a Datadog key is 32 hex digits) is that
/// provider's to judge: a near miss of the format (a few characters short or long, one character outside its
/// alphabet) is not reported by the rules that judge by the name, and a value of another shape still is.
@Suite struct ProviderNamesTests {
    static let compiled = ProviderPrefixesTests.compiled

    @Test(arguments: [
        ("DATADOG_API_KEY = \"4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6\"", "ops.py"),    // 31 hex digits: one short
        ("datadog_api_key: 4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6b7c", "values.yml"),  // 34: two long
        ("DATADOG_API_KEY=4f1e8a2b9c3d7e6f5a0b1c2d3e4f5z6b", ".env"),          // a `z` among hex digits
    ])
    func nearMissesOfAProvidersShapeAreNotGenericSecrets(_ text: String, _ path: String) {
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: text + "\n", at: path).filter { $0 != path }.isEmpty, "\(text)")
    }

    @Test func theProvidersShapeAndOtherShapesAreStillReported() {
        let matcher = Matcher(Self.compiled)
        // The documented shape: the provider's rule reports it.
        #expect(matcher.secrets(in: "DATADOG_API_KEY = \"4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6b\"\n", at: nil) == ["4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6b"])
        // Another shape altogether (mixed case, far longer) is no near miss: the name still judges it.
        let other = "Zr4Tq8Lm2Wx6Nv9Pb3Hj7Kd5Fs1Gc0AeYu2Ri8OlQw3E"
        #expect(matcher.secrets(in: "DATADOG_API_KEY = \"\(other)\"\n", at: nil) == [other])
        // A near miss under a name that is no provider's is judged by the name as before.
        #expect(matcher.secrets(in: "SERVICE_API_KEY = \"4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6\"\n", at: nil) == ["4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6"])
    }

    @Test func shapesAreReadOffTheExamples() {
        let names = Self.compiled.providerNames
        let hex31 = Array("4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6".utf8)
        #expect(names.owner(of: hex31, named: Array("DATADOG_API_KEY".utf8)) == "datadog.api-key")
        #expect(names.owner(of: hex31, named: Array("MY_API_KEY".utf8)) == nil)
        #expect(names.owner(of: Array("4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6b".utf8), named: Array("DATADOG_API_KEY".utf8)) == nil)
    }
}
