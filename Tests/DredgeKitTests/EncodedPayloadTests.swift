@testable import DredgeKit
import Testing

/// A notebook keeps a plot as base64 cut into lines, each ending in an escaped line break inside the JSON string
/// (`…m33q/\nGTin…`): a provider's shape that ends a line there is still inside the picture (Made-With-ML's
/// notebooks, a Yandex secret's shape). The same value written as a setting is found.
@Suite struct EncodedPayloadTests {
    static let secret = "YCwf1_kL6wqk8U8k3fJanTQBucx_I2U1WvYF8h5X"
    private func matcher() throws -> Matcher {
        try Matcher(rules: PatternPackLoader.builtin().flatMap(\.rules).filter { $0.id == "yandex.static-access-key-secret" })
    }

    @Test func aShapeAtAnEscapedLineBreakOfAnEncodedPictureIsNoToken() throws {
        let matcher = try matcher()
        let line = "iVBORw0KGgoAAAANSUhEUgAAAswAAAE+CAYAAACZY0aVAAAABHNCSVQICAgIfAhkiAAAAAlwSFlz"
        let text = "   \"image/png\": \"\(line)\\n\(line)/\(Self.secret)\\n\(line)\\n\(line)\",\n"
        #expect(matcher.secrets(in: text, at: nil).isEmpty)
        // at the start of a line of the picture too
        let atStart = "   \"image/png\": \"\(line)\\n\(Self.secret)+\(line)\\n\(line)\",\n"
        #expect(matcher.secrets(in: atStart, at: nil).isEmpty)
    }

    @Test func aTokenBesideEscapedLineBreaksOfTextIsFound() throws {
        let matcher = try matcher()
        let keyID = "aws_access_key_id = YCAJEUWhIEiWEUNMpdlLRvfjk"
        #expect(matcher.secrets(in: "[default]\n\(keyID)\naws_secret_access_key = \(Self.secret)\n", at: nil) == [Self.secret])
        // a JSON string of text: words and escaped line breaks around the token, no base64 run
        let notes = "\"text\": \"[default]\\n\(keyID)\\naws_secret_access_key = \(Self.secret)\\nrotate it after the demo\",\n"
        #expect(matcher.secrets(in: notes, at: nil) == [Self.secret])
    }
}
