/// blind19c: stand-ins read on govuk-aws (alphagov's Terraform and user data) and the petclinic microservices. A shell
/// script that splices a variable into a single-quoted JSON body (`-d '{"password": "'$new_password'"}'`) closes the
/// quote before the variable and opens it after: a rule reading the JSON sees the value `'$new_password'`, a reference
/// in quotes. A value written as a sentence (`thisisatest`, `this-is-a-secret`) says what it is instead of being one,
/// and so does "your password" in another language (`TuContraseñaSegura`, Spanish for "your secure password", a
/// Terraform variable's default beside `# Cámbialo en producción`).
extension PlaceholderFilter {
    /// `'$new_password'`, `"${DB_PASS}"`, `'"$TOKEN"'`: a reference wrapped in the quotes that close and reopen the
    /// string around it. A value with anything beside the reference inside the quotes is not one.
    static func isQuoteSplicedReference(_ value: [UInt8]) -> Bool {
        let quotes: Set<UInt8> = [UInt8(ascii: "'"), UInt8(ascii: "\"")]
        guard value.count >= 4, let first = value.first, quotes.contains(first), value.last == first else { return false }
        let inner = Array(value.dropFirst().dropLast())
        guard let head = inner.first, head == UInt8(ascii: "$") || quotes.contains(head) else { return false }
        return isReference(inner)
    }

    /// A sentence run together in letters only, opening on "this is": `thisisatest`, `ThisIsASecret`,
    /// `this_is_not_a_real_password`. A chosen password built on the words carries a digit or a symbol
    /// (`thisIs4me!`), so it stays.
    static func isThisIsSentence(_ lowered: [UInt8]) -> Bool {
        guard lowered.count >= 8, lowered.count <= 64,
              lowered.allSatisfy({ ($0 >= 97 && $0 <= 122) || wordSeparators.contains($0) }) else { return false }
        let letters = lowered.filter { !wordSeparators.contains($0) }
        return letters.count >= 8 && letters.starts(with: Array("thisis".utf8))
    }

    /// "Your" in the languages whose word for password `passwordLabels` holds in Latin script, written before it.
    static let possessives = ["tu", "su", "votre", "ton", "dein", "deine", "ihr", "ihre", "seu", "sua", "teu", "tua", "uw",
                              "je", "il", "la", "twoje", "tvoje", "din", "ditt"]

    /// A possessive and the word password in one of those languages, then letters only (`TuContraseñaSegura`,
    /// `votre_mot_de_passe`, `DeinPasswort`): a request to write one's own, as `your-password` is. With a digit or a
    /// symbol (`TuContraseña2024!`) it may be the password somebody chose.
    static func isPossessiveLabel(_ original: [UInt8]) -> Bool {
        guard original.count >= 8, original.count <= 64 else { return false }
        let separators: Set<Character> = ["-", "_", " ", "."]
        let folded = String(decoding: original, as: UTF8.self).lowercased().filter { !separators.contains($0) }
        guard folded.allSatisfy({ $0.isLetter }) else { return false }
        let labels = passwordLabels.map { String(decoding: $0, as: UTF8.self).filter { $0 != " " } }
            .filter { $0.unicodeScalars.allSatisfy { $0.value < 0x370 } }
        return possessives.contains { possessive in
            guard folded.hasPrefix(possessive) else { return false }
            let rest = folded.dropFirst(possessive.count)
            return labels.contains { rest.hasPrefix($0) }
        }
    }
}
