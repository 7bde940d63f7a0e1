@testable import SitrepKit
import Foundation

/// Injection payloads, and a situation with one written into every string field.
enum HostilePayloads {
    static let all: [String] = [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<iframe src=javascript:alert(1)></iframe>",
        "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:/\">",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "\" onmouseover=\"alert(1)",
        "' onfocus='alert(1)' autofocus='",
        "\"\u{301} onmouseover=\"\u{301}alert(1)",
        "<\u{301}img src=x onerror=alert(1)>",
        "NUL\u{0} ESC\u{1B}[31m BEL\u{7} DEL\u{7F} NEL\u{85} \u{FFFE}\u{FFFF} end",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " java\tscript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "&#106;avascript&#58;alert(1)",
        "javascript&colon;alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "VbScRiPt:msgbox(1)",
        "</script><script>alert(1)</script>",
        "</SCRIPT ><script>alert(1)//",
        "<!--",
        "<!-- <script>",
        "-->",
        "]]><script>alert(1)</script>",
        "{{crisis}} {{{css}}} {{#sources}}x{{/sources}}",
        "{{=<% %>=}}<% css %>",
        "{{> ../../etc/passwd}}",
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1) \"t\")",
        "<javascript:alert(1)>",
        "[x]\n\n[x]: javascript:alert(1)",
        "![x](javascript:alert(1))",
        "[x](data:text/html,<script>alert(1)</script>)",
        "[x](vbscript:msgbox(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](java%0ascript:alert(1))",
        "[x]( javascript:alert(1) )",
        "\u{2028}\u{2029}</script>",
    ]

    /// The every-field fixture with `payload` in every string field that reaches a report.
    static func situation(_ payload: String, id: String? = nil) throws -> Situation {
        var s = try SituationReader.load(path: TestPaths.fixture("every-field.yaml")).situation
        if let id { s.id = id }
        s.crisis = payload
        s.places = [payload]
        s.organisation = payload
        s.contacts = [Contact(name: payload, role: payload, email: payload, phone: payload)]
        s.summary = payload
        s.highlights = [payload]
        func figures(_ list: [Figure]) -> [Figure] {
            list.map { var f = $0; f.group = payload; f.place = payload; f.detail = payload; f.note = payload; f.quote = payload; return f }
        }
        s.casualties = figures(s.casualties)
        s.displacement = figures(s.displacement)
        s.damage = figures(s.damage)
        s.borders = s.borders.map { var b = $0; b.closedBy = payload; b.detail = payload; b.quote = payload; return b }
        s.aidFlights = s.aidFlights.map { var f = $0; f.cargo = payload; f.detail = payload; f.quote = payload; return f }
        s.responses = s.responses.map {
            var r = $0; r.actor = .organisation(payload); r.target = .organisation(payload)
            r.speaker = payload; r.detail = payload; r.quote = payload; return r
        }
        s.measures = s.measures.map { var m = $0; m.place = payload; m.detail = payload; m.quote = payload; return m }
        s.allegations = s.allegations.map {
            var a = $0; a.claim = payload; a.allegedBy = payload; a.deniedBy = payload; a.detail = payload; a.quote = payload; return a
        }
        // No stored article comes along, so no `file:` for check (and publish) to look for.
        s.sources = s.sources.map {
            var source = $0; source.url = payload; source.publisher = payload; source.title = payload; source.file = nil; return source
        }
        return s
    }
}
