import DentalModel
import Foundation

/// Renders protocol findings for `planpress validate`: one line each as text, or JSON.
public enum FindingsReport {
    /// `file: variant 1 "name": visit 2: tooth 16: error [endo-rubber-dam] message`, one per line.
    public static func text(_ findings: [ProtocolFinding], loaded: LoadedCase) -> String {
        text(findings, caseFile: loaded.caseFile, locale: loaded.dentalCase.locale)
    }

    /// The same lines for the case file named `caseFile`, fixes priced in `locale`.
    public static func text(_ findings: [ProtocolFinding], caseFile: String, locale: CaseLocale) -> String {
        findings.map { finding in
            var parts = [caseFile, "variant \(finding.variant + 1)"]
            if let visit = finding.visit { parts.append("visit \(visit)") }
            if let tooth = finding.tooth { parts.append("tooth \(tooth)") }
            var line = parts.joined(separator: ": ") + ": \(finding.severity.rawValue) [\(finding.ruleID)] \(finding.message)"
            if let fix = finding.fix {
                line += " (fix: add \(fix.item.code) \(fix.item.teeth.label), \(fix.amount.formatted(locale)))"
            }
            return line + "\n"
        }.joined()
    }

    /// `{"valid": Bool, "findings": [{"severity","rule","variant","visit","tooth","message","fix"}], "added": [...]}`.
    public static func json(_ findings: [ProtocolFinding], added: [ProposedFix] = []) -> String {
        struct Fix: Encodable { let variant: Int, visit: Int, code: String, teeth: String, amount: String }
        struct Entry: Encodable {
            let severity: String, rule: String, variant: Int, visit: Int?, tooth: Int?, message: String, fix: Fix?
        }
        struct Report: Encodable { let valid: Bool, findings: [Entry], added: [Fix] }
        func fix(_ fix: ProposedFix) -> Fix {
            Fix(variant: fix.variant + 1, visit: fix.visit + 1, code: fix.item.code, teeth: fix.item.teeth.label,
                amount: fix.amount.decimalString)
        }
        let report = Report(
            valid: !findings.contains { $0.severity == .error },
            findings: findings.map {
                Entry(severity: $0.severity.rawValue, rule: $0.ruleID, variant: $0.variant + 1, visit: $0.visit,
                      tooth: $0.tooth?.fdi, message: $0.message, fix: $0.fix.map(fix))
            },
            added: added.map(fix))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report), let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text + "\n"
    }
}
