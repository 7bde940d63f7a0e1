import Foundation
import XCTest
@testable import SitrepKit

/// The JSON Schema of situation files: it names exactly the model's keys and words, and the shipped
/// example validates against it with an independent validator (python's `jsonschema`).
final class SchemaTests: XCTestCase {
    // MARK: - The schema follows the model

    private var schema: EncodedValue { SituationSchema.tree }

    func testSchemaIsDeterministicJSONWithItsHeader() throws {
        let json = SituationSchema.json
        XCTAssertEqual(json, SituationSchema.json)
        XCTAssertTrue(json.hasPrefix("""
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://sitrep.invalid/schema/situation-1.json",
              "title": "sitrep situation file, format version 1",
            """))
        XCTAssertTrue(json.hasSuffix("}\n"))
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(parsed["$id"] as? String, SituationSchema.id)
        XCTAssertEqual(parsed["additionalProperties"] as? Bool, false)
    }

    func testPropertiesAreTheModelsCodingKeysInOrder() throws {
        XCTAssertEqual(try propertyNames(schema), Situation.CodingKeys.allCases.map(\.stringValue))
        XCTAssertEqual(try propertyNames(definition("contact")), Contact.CodingKeys.allCases.map(\.stringValue))
        for section in FigureSection.allCases {
            XCTAssertEqual(try propertyNames(definition(SituationSchema.figureDefinitionName(section))),
                           Figure.CodingKeys.allCases.map(\.stringValue), section.rawValue)
        }
        XCTAssertEqual(try propertyNames(definition("border")), Border.CodingKeys.allCases.map(\.stringValue))
        XCTAssertEqual(try propertyNames(definition("aid_flight")), AidFlight.CodingKeys.allCases.map(\.stringValue))
        XCTAssertEqual(try propertyNames(definition("response")), Response.CodingKeys.allCases.map(\.stringValue))
        XCTAssertEqual(try propertyNames(definition("measure")), Measure.CodingKeys.allCases.map(\.stringValue))
        XCTAssertEqual(try propertyNames(definition("allegation")), Allegation.CodingKeys.allCases.map(\.stringValue))
        XCTAssertEqual(try propertyNames(definition("source")), Source.CodingKeys.allCases.map(\.stringValue))
    }

    func testCountObjectHasTheKeysTheJSONWriterWrites() throws {
        var situation = Situation(id: "x", crisis: "x", country: Country(code: "KG")!, edition: 1, asOf: SitrepDate("2010-06-12")!)
        situation.casualties = [Figure(metric: .killed, count: Count(parsing: "at least 77")!)]
        let written = try value(SituationWriter.tree(situation, countObjects: true), at: ["casualties", 0, "count"])
        guard case .mapping(let entries) = written else { return XCTFail("the JSON writer wrote a count as \(written)") }
        let objectForm = try value(definition("count"), at: ["anyOf", 2])
        XCTAssertEqual(try propertyNames(objectForm), entries.map(\.key))
        XCTAssertEqual(try strings(value(objectForm, at: ["properties", "qualifier", "enum"])), Count.Qualifier.allCases.map(\.rawValue))
    }

    func testWordsComeFromTheModelsEnums() throws {
        for section in FigureSection.allCases {
            let metric = try value(definition(SituationSchema.figureDefinitionName(section)), at: ["properties", "metric", "enum"])
            XCTAssertEqual(try strings(metric), section.metrics.map(\.rawValue))
        }
        func words(_ definitionName: String?, _ key: String) throws -> [String] {
            let object = try definitionName.map(definition) ?? schema
            return try strings(value(object, at: ["properties", key, "enum"]))
        }
        XCTAssertEqual(try words(nil, "disaster_type"), DisasterType.allCases.map(\.rawValue))
        XCTAssertEqual(try words("casualty_figure", "scope"), FigureScope.allCases.map(\.rawValue))
        XCTAssertEqual(try words("border", "status"), BorderStatus.allCases.map(\.rawValue))
        XCTAssertEqual(try words("aid_flight", "status"), FlightStatus.allCases.map(\.rawValue))
        XCTAssertEqual(try strings(value(definition("aid_flight"), at: ["properties", "purpose", "items", "enum"])),
                       FlightPurpose.allCases.map(\.rawValue))
        XCTAssertEqual(try words("response", "kind"), ResponseKind.allCases.map(\.rawValue))
        XCTAssertEqual(try words("measure", "kind"), MeasureKind.allCases.map(\.rawValue))
        XCTAssertEqual(try words("allegation", "status"), AllegationStatus.allCases.map(\.rawValue))
        XCTAssertEqual(try words("source", "type"), SourceType.allCases.map(\.rawValue))
    }

    func testRequiredKeysAreThoseTheReaderRequires() throws {
        func required(_ object: EncodedValue) throws -> [String] { try strings(value(object, at: ["required"])) }
        XCTAssertEqual(try required(schema), ["sitrep", "id", "crisis", "country", "edition", "as_of"])
        XCTAssertEqual(try required(definition("contact")), ["name"])
        XCTAssertEqual(try required(definition("casualty_figure")), ["metric", "count"])
        XCTAssertEqual(try required(definition("border")), ["between", "status"])
        XCTAssertEqual(try required(definition("aid_flight")), ["status"])
        XCTAssertEqual(try required(definition("response")), ["actor", "kind"])
        XCTAssertEqual(try required(definition("measure")), ["kind"])
        XCTAssertEqual(try required(definition("allegation")), ["claim", "status"])
        XCTAssertEqual(try required(definition("source")), ["id"])
    }

    func testEveryPropertyHasADescriptionAndForbidsOtherKeys() throws {
        var objects = 0
        func visit(_ node: EncodedValue, _ path: String) {
            switch node {
            case .mapping(let entries):
                if let properties = entries.first(where: { $0.key == "properties" })?.value, case .mapping(let named) = properties {
                    objects += 1
                    XCTAssertEqual(entries.first { $0.key == "additionalProperties" }?.value, .boolean(false), path)
                    for (name, property) in named {
                        guard case .mapping(let fields) = property, case .string(let text, _)? = fields.first(where: { $0.key == "description" })?.value,
                              !text.isEmpty
                        else { XCTFail("\(path).\(name) has no description"); continue }
                    }
                }
                for (key, child) in entries { visit(child, "\(path)/\(key)") }
            case .list(let elements):
                for (index, child) in elements.enumerated() { visit(child, "\(path)/\(index)") }
            default:
                break
            }
        }
        visit(schema, "#")
        XCTAssertEqual(objects, 12, "the situation, contact, three figure kinds, border, aid flight, response, measure, allegation, source and the count object")
    }

    // MARK: - An independent validator agrees

    func testShippedExampleValidatesAsJSONAndAsYAML() throws {
        let folder = try temporaryFolder()
        let json = folder.appendingPathComponent("edition-001.json")
        try SituationWriter.json(SituationReader.load(path: TestPaths.example).situation).write(to: json, atomically: true, encoding: .utf8)
        XCTAssertEqual(try validate(json.path), [])
        XCTAssertEqual(try validate(TestPaths.example), [])
    }

    func testUnknownKeyFailsValidationAsItFailsReading() throws {
        let yaml = """
            sitrep: 1
            id: bad-key
            crisis: Floods
            country: KG
            edition: 1
            as_of: 2010-06-12
            casualties:
              - metric: killed
                count: 12
                detial: in the valley
            """
        let path = try temporaryFolder().appendingPathComponent("bad-key.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try validate(path), ["casualties/0|additionalProperties|detial"])
        XCTAssertThrowsError(try SituationReader.load(path: path)) { error in
            XCTAssertEqual("\(error)", "\(path):10:5: error: unknown key 'detial'; did you mean 'detail'?")
        }
    }

    func testBadWordsFailValidationAsTheyFailReading() throws {
        let yaml = """
            sitrep: 1
            id: bad-enum
            crisis: Floods
            country: KG
            edition: 1
            as_of: 2010-06-12
            disaster_type: flod
            borders:
              - between: [KG, UZ]
                status: closd
            displacement:
              - metric: killed
                count: 3
            """
        let path = try temporaryFolder().appendingPathComponent("bad-enum.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try validate(path), [
            "borders/0/status|enum|\"closd\"",
            "disaster_type|enum|\"flod\"",
            "displacement/0/metric|enum|\"killed\"",
        ])
        XCTAssertThrowsError(try SituationReader.load(path: path)) { error in
            XCTAssertEqual("\(error)", "\(path):7:16: error: 'flod' is not a valid disaster type; expected one of: conflict, earthquake, flood, cyclone, epidemic, drought, other (did you mean 'flood'?)")
        }
    }

    func testOptionalKeysMayBeEmptyAndCountsTakeEveryForm() throws {
        let yaml = """
            sitrep: 1
            id: empty-keys
            crisis: Floods
            country: Kyrgyzstan
            edition: 1
            as_of: 2010-06-12T14:00Z
            organisation:
            next_report: ~
            casualties:
              - metric: killed
                count: 77
              - metric: injured
                count: at least 40
            """
        let path = try temporaryFolder().appendingPathComponent("empty-keys.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertNoThrow(try SituationReader.load(path: path))
        XCTAssertEqual(try validate(path), [])
    }

    // MARK: - Helpers

    private func definition(_ name: String) throws -> EncodedValue { try value(schema, at: ["$defs", name]) }

    private func propertyNames(_ object: EncodedValue) throws -> [String] {
        guard case .mapping(let entries) = try value(object, at: ["properties"]) else {
            XCTFail("properties is not an object")
            return []
        }
        return entries.map(\.key)
    }

    private func strings(_ node: EncodedValue) throws -> [String] {
        guard case .list(let elements) = node else { throw SitrepError("expected a list, found \(node)") }
        return elements.compactMap { if case .string(let text, _) = $0 { text } else { nil } }
    }

    /// The value at a path of keys and list indexes.
    private func value(_ node: EncodedValue, at path: [Any]) throws -> EncodedValue {
        var node = node
        for step in path {
            switch (node, step) {
            case (.mapping(let entries), let key as String):
                guard let child = entries.first(where: { $0.key == key })?.value else { throw SitrepError("no key '\(key)' in \(path)") }
                node = child
            case (.list(let elements), let index as Int) where elements.indices.contains(index):
                node = elements[index]
            default:
                throw SitrepError("cannot follow \(step) in \(path)")
            }
        }
        return node
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-schema-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// Validates a situation file (`.json`, or YAML read with dates left as text) against the schema
    /// with python's `jsonschema`; one line per error: `path|keyword|offending value`.
    private static let validator = #"""
        import json, sys
        try:
            import jsonschema, yaml
        except ImportError as error:
            print(error)
            sys.exit(3)
        schema = json.loads(sys.stdin.read())
        jsonschema.Draft202012Validator.check_schema(schema)
        class Loader(yaml.SafeLoader):
            pass
        Loader.yaml_implicit_resolvers = {
            first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }
        with open(sys.argv[1], encoding="utf-8") as file:
            text = file.read()
        instance = json.loads(text) if sys.argv[1].endswith(".json") else yaml.load(text, Loader=Loader)
        lines = []
        for error in jsonschema.Draft202012Validator(schema).iter_errors(instance):
            if error.validator == "additionalProperties":
                detail = ",".join(sorted(key for key in error.instance if key not in error.schema.get("properties", {})))
            else:
                detail = json.dumps(error.instance)
            lines.append("/".join(map(str, error.absolute_path)) + "|" + error.validator + "|" + detail)
        print("\n".join(sorted(lines)))
        """#

    private func validate(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", SchemaTests.validator, path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(SituationSchema.json.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
        switch process.terminationStatus {
        case 0:
            return text.isEmpty ? [] : text.components(separatedBy: "\n")
        case 3:
            XCTFail("python3 cannot import jsonschema and PyYAML (\(text)); install them where the tests run (pip install jsonschema pyyaml)", file: file, line: line)
        default:
            XCTFail("python3 failed (exit \(process.terminationStatus)):\n\(text)", file: file, line: line)
        }
        return []
    }
}
