@testable import Platform
import Foundation
import Testing

/// The pieces written by hand for busy API paths (the parking check): they must give what the general tools gave.
@Suite struct HotPathTests {
    @Test func queryValuesDecodeLikeAForm() {
        let values = QueryValues("plate=1-ABC-123&zone=GENT+CENTRUM&at=2026-03-02T10%3A30%3A00%2B01%3A00&leeg=&vlag&plate=2-XYZ-999&%C3%A9=%E2%82%AC")
        #expect(values["plate"] == "1-ABC-123")  // the first of two
        #expect(values["zone"] == "GENT CENTRUM")
        #expect(values["at"] == "2026-03-02T10:30:00+01:00")
        #expect(values["leeg"] == "")
        #expect(values["vlag"] == "")
        #expect(values["é"] == "€")
        #expect(values["ontbreekt"] == nil)
        // A broken escape or bytes that are not UTF-8 leave the text as written (with + as a space), never a crash.
        #expect(QueryValues("a=50%+korting")["a"] == "50% korting")
        #expect(QueryValues("a=%ZZ")["a"] == "%ZZ")
        #expect(QueryValues("a=%FF%FE")["a"] == "%FF%FE")
        #expect(QueryValues("a=%4")["a"] == "%4")
        #expect(QueryValues(nil)["a"] == nil)
        #expect(QueryValues("&&=x&")["x"] == nil)
    }

    @Test func requestTargetCountsAndTestsWithoutSplitting() {
        let target = RequestTarget(path: "/api/v1/data", query: "indicators=a&&level=b&lang=en&")
        #expect(target.itemCount == 3)  // empty items do not count, as the split before did not count them
        #expect(target.length == "/api/v1/data?indicators=a&&level=b&lang=en&".utf8.count)
        #expect(target.mayHold("lang"))
        #expect(RequestTarget(path: "/", query: nil).itemCount == 0)
        #expect(RequestTarget(path: "/", query: nil).length == 1)
        #expect(!RequestTarget(path: "/", query: nil).mayHold("lang"))
        #expect(!RequestTarget(path: "/x", query: "level=b&periods=all").mayHold("lang"))
        // A name spelled with escapes may still be it: the cheap test says "maybe", the decoder decides.
        #expect(RequestTarget(path: "/x", query: "%6Cang=en").mayHold("lang"))
        #expect(QueryValues("%6Cang=en")["lang"] == "en")
    }

    @Test func jsonBytesReadBackAsTheSameValues() throws {
        var json = JSONBytes()
        json.beginObject()
        json.member("tekst", "aanhalingsteken \" schuine streep \\ regel\nnul\u{0} tab\t€ 🚗")
        json.member("ja", true)
        json.member("geheel", 42)
        json.member("komma", 0.1)
        json.member("groot", 1e300)
        json.member("geen", Double.nan)
        json.member("leeg", nil as String?)
        json.key("lijst")
        json.beginArray()
        json.int(1)
        json.beginObject()
        json.member("a", strings: ["x", "y"])
        json.endObject()
        json.beginArray()
        json.endArray()
        json.string("z")
        json.endArray()
        json.key("object")
        json.beginObject()
        json.endObject()
        json.endObject()
        let data = Data(json.buffer.readableBytesView)
        let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(parsed["tekst"] as? String == "aanhalingsteken \" schuine streep \\ regel\nnul\u{0} tab\t€ 🚗")
        #expect(parsed["ja"] as? Bool == true)
        #expect(parsed["geheel"] as? Int == 42)
        #expect(parsed["komma"] as? Double == 0.1)
        #expect(parsed["groot"] as? Double == 1e300)
        #expect(parsed["geen"] is NSNull)
        #expect(parsed["leeg"] is NSNull)
        let list = try #require(parsed["lijst"] as? [Any])
        #expect(list.count == 4)
        #expect((list[1] as? [String: Any])?["a"] as? [String] == ["x", "y"])
        #expect((list[2] as? [Any])?.isEmpty == true)
        #expect(list[3] as? String == "z")
        #expect((parsed["object"] as? [String: Any])?.isEmpty == true)
    }

    @Test func fingerprintIsTheHexOfSHA256() {
        // The test vector of FIPS 180-2 for "abc".
        #expect(Secrets.fingerprint("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
