#include "services/MispMapping.h"
#include "services/OtxParser.h"
#include "tests/support/ExpectedMisp.h"
#include "tests/support/Fixtures.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject describeTypes()
{
    return Fixtures::load(u"misp/describeTypes.json"_s).object();
}

MispTypeTable typeTable()
{
    auto table = MispTypeTable::fromJson(describeTypes());
    return table ? table.value() : MispTypeTable();
}

Pulse parse(const QJsonObject &json)
{
    auto pulse = OtxParser::parsePulse(json);
    return pulse ? pulse.value() : Pulse();
}

QList<ExpectedMisp::Attribute> actual(const MispEventDraft &draft)
{
    QList<ExpectedMisp::Attribute> out;
    for (const MispAttributeDraft &a : draft.attributes) {
        out.append({a.type, a.category, a.value, a.toIds});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.type != b.type ? a.type < b.type : a.value < b.value;
    });
    return out;
}

// RFC 4122 §4.3, written out here so that the check shares nothing with QUuid::createUuidV5.
QString uuidV5(const QString &ns, const QString &name)
{
    QByteArray nsBytes = QByteArray::fromHex(QString(ns).remove(u'-').toLatin1());
    QByteArray hash =
            QCryptographicHash::hash(nsBytes + name.toUtf8(), QCryptographicHash::Sha1).left(16);
    hash[6] = char((hash[6] & 0x0f) | 0x50);
    hash[8] = char((hash[8] & 0x3f) | 0x80);
    const QString hex = QString::fromLatin1(hash.toHex());
    return u"%1-%2-%3-%4-%5"_s.arg(hex.mid(0, 8),
                                   hex.mid(8, 4),
                                   hex.mid(12, 4),
                                   hex.mid(16, 4),
                                   hex.mid(20, 12));
}

QString describe(const QList<ExpectedMisp::Attribute> &list)
{
    QStringList lines;
    for (const auto &a : list) {
        lines.append(u"%1/%2/%3/%4"_s.arg(a.type, a.category, a.value).arg(a.toIds));
    }
    return lines.join(u"\n"_s);
}

} // namespace

class TestMispMapping : public QObject
{
    Q_OBJECT

private slots:
    void typeTableMatchesMispTypes();
    void everyListedOtxTypeIsMapped();
    void normalisesLikeMisp();
    void f07TypeMapping();
    void f08Punycode();
    void f04NullFields();
    void f12TlpAndAttackTags();
    void deterministicUuids();
    void galaxyFolderErrors();
};

void TestMispMapping::typeTableMatchesMispTypes()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QJsonObject result = describeTypes()[u"result"_s].toObject();
    const QJsonArray types = result[u"types"_s].toArray();
    const QJsonObject byCategory = result[u"category_type_mappings"_s].toObject();
    const QJsonObject defaults = result[u"sane_defaults"_s].toObject();
    QVERIFY(!types.isEmpty());
    for (const MispTypeMapping &m : MispMapping::typeTable()) {
        QVERIFY2(types.contains(m.mispType), qPrintable(m.mispType));
        QVERIFY2(byCategory[m.category].toArray().contains(m.mispType),
                 qPrintable(u"%1 in %2"_s.arg(m.mispType, m.category)));
        QCOMPARE(m.toIds, defaults[m.mispType][u"to_ids"_s].toInt() != 0);
    }
}

void TestMispMapping::everyListedOtxTypeIsMapped()
{
    // The OTX types the export issue lists, with the MISP type each must become.
    const QList<std::pair<QString, QString>> listed = {
            {u"IPv4"_s, u"ip-dst"_s},
            {u"IPv6"_s, u"ip-dst"_s},
            {u"CIDR"_s, u"ip-dst"_s},
            {u"domain"_s, u"domain"_s},
            {u"hostname"_s, u"hostname"_s},
            {u"URL"_s, u"url"_s},
            {u"URI"_s, u"uri"_s},
            {u"email"_s, u"email-src"_s},
            {u"FileHash-MD5"_s, u"md5"_s},
            {u"FileHash-SHA1"_s, u"sha1"_s},
            {u"FileHash-SHA256"_s, u"sha256"_s},
            {u"FileHash-IMPHASH"_s, u"imphash"_s},
            {u"FileHash-PEHASH"_s, u"pehash"_s},
            {u"FilePath"_s, u"filename"_s},
            {u"Mutex"_s, u"mutex"_s},
            {u"CVE"_s, u"vulnerability"_s},
            {u"YARA"_s, u"yara"_s},
            {u"BitcoinAddress"_s, u"btc"_s},
            {u"JA3"_s, u"ja3-fingerprint-md5"_s},
            {u"SSLCertFingerprint"_s, u"x509-fingerprint-sha1"_s},
    };
    for (const auto &[otx, misp] : listed) {
        const auto mapping = MispMapping::mappingFor(otx);
        QVERIFY2(mapping, qPrintable(otx));
        QCOMPARE(mapping->mispType, misp);
    }
    QCOMPARE(MispMapping::typeTable().size(), listed.size());
    QVERIFY(!MispMapping::mappingFor(u"osquery"_s));
    QVERIFY(!MispMapping::mappingFor(u"X-FutureType"_s));
}

void TestMispMapping::normalisesLikeMisp()
{
    OTXDESK_REQUIRE_FIXTURES();
    // What a real MISP stored for each value it accepted (recorded, observed/19-*).
    const QJsonArray rows =
            Fixtures::load(u"misp/observed/19-normalisation-summary.json"_s).array();
    QVERIFY(!rows.isEmpty());
    int checked = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        if (row[u"status"_s].toInt() != 200) {
            continue;
        }
        const QString type = row[u"type"_s].toString();
        const QString sent = row[u"sent"_s].toString();
        QCOMPARE(MispMapping::normaliseValue(type, sent), row[u"stored_value"_s].toString());
        ++checked;
    }
    QVERIFY(checked >= 15);
}

void TestMispMapping::f07TypeMapping()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QJsonObject fieldCase = Fixtures::fieldCase(u"F07-indicator-type-mapping.json"_s);
    QVERIFY(!fieldCase.isEmpty());
    const QJsonObject pulseJson = fieldCase[u"pulse"_s].toObject();
    const MispEventDraft draft =
            MispMapping::buildEvent(parse(pulseJson), {}, MispGalaxy(), typeTable());

    // Every attribute the field case names, with its type, category, to_ids and value.
    const QJsonArray expected = fieldCase[u"expected"_s][u"attributes"_s].toArray();
    for (const QJsonValue &v : expected) {
        const QJsonObject e = v.toObject();
        const QString type = e[u"type"_s].toString().section(u' ', 0, 0);
        const QString category = e[u"category"_s].toString().section(u" ("_s, 0, 0);
        const QString from = e[u"from"_s].toString();
        const auto it = std::find_if(draft.attributes.cbegin(),
                                     draft.attributes.cend(),
                                     [&](const MispAttributeDraft &a) {
                                         if (from == u"references[0]"_s) {
                                             return a.type == u"link"_s;
                                         }
                                         if (from == u"description"_s) {
                                             return a.type == u"comment"_s;
                                         }
                                         return a.otxType == from;
                                     });
        QVERIFY2(it != draft.attributes.cend(), qPrintable(from));
        QCOMPARE(it->type, type);
        QCOMPARE(it->category, category);
        QCOMPARE(it->toIds, e[u"to_ids"_s].toBool());
        if (e.contains(u"value"_s) && from != u"YARA"_s) {
            QCOMPARE(it->value, e[u"value"_s].toString());
        }
    }
    // YARA: the rule text, not the rule name.
    const auto yara = std::find_if(draft.attributes.cbegin(),
                                   draft.attributes.cend(),
                                   [](const MispAttributeDraft &a) { return a.type == u"yara"_s; });
    QVERIFY(yara != draft.attributes.cend());
    QCOMPARE(yara->value, pulseJson[u"indicators"_s][16][u"content"_s].toString());

    // The whole event against the independent oracle.
    const auto oracle = ExpectedMisp::attributes(pulseJson, describeTypes());
    QCOMPARE(describe(actual(draft)), describe(oracle));
    QCOMPARE(draft.skipped.size(),
             fieldCase[u"expected"_s][u"skipped_with_warning"_s].toArray().size());
    QCOMPARE(draft.skipped.size(), ExpectedMisp::skippedIndicators(pulseJson));
    for (const MispSkippedIndicator &s : draft.skipped) {
        QVERIFY(!s.reason.isEmpty());
    }

    // A pulse of unsupported types only: nothing to send.
    const MispEventDraft none =
            MispMapping::buildEvent(parse(fieldCase[u"pulse_all_unsupported"_s].toObject()),
                                    {},
                                    MispGalaxy(),
                                    typeTable());
    QVERIFY(none.attributes.isEmpty());
    QCOMPARE(none.skipped.size(), 2);

    // A server that does not know JA3 fingerprints: that indicator is skipped, with a reason.
    QJsonObject narrowed = describeTypes();
    QJsonObject result = narrowed[u"result"_s].toObject();
    QJsonArray types = result[u"types"_s].toArray();
    for (qsizetype i = types.size() - 1; i >= 0; --i) {
        if (types.at(i).toString() == u"ja3-fingerprint-md5"_s) {
            types.removeAt(i);
        }
    }
    result[u"types"_s] = types;
    narrowed[u"result"_s] = result;
    const MispEventDraft noJa3 = MispMapping::buildEvent(parse(pulseJson),
                                                         {},
                                                         MispGalaxy(),
                                                         MispTypeTable::fromJson(narrowed).value());
    QCOMPARE(noJa3.attributes.size(), draft.attributes.size() - 1);
    QCOMPARE(noJa3.skipped.size(), draft.skipped.size() + 1);
}

void TestMispMapping::f08Punycode()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QJsonObject fieldCase = Fixtures::fieldCase(u"F08-idn-punycode.json"_s);
    QVERIFY(!fieldCase.isEmpty());
    const Pulse pulse = parse(fieldCase[u"pulse"_s].toObject());
    const MispEventDraft draft = MispMapping::buildEvent(pulse, {}, MispGalaxy(), typeTable());
    const QJsonArray expected = fieldCase[u"expected"_s][u"misp_attributes"_s].toArray();
    for (int i = 0; i < 4; ++i) {
        const QString type = expected[i][u"type"_s].toString();
        const QString value = expected[i][u"value"_s].toString();
        const auto matches = std::count_if(
                draft.attributes.cbegin(),
                draft.attributes.cend(),
                [&](const MispAttributeDraft &a) { return a.type == type && a.value == value; });
        QVERIFY2(matches == 1, qPrintable(value));
    }
    // Both spellings of bücher.example are one attribute; the URL is kept as given.
    QCOMPARE(fieldCase[u"expected"_s][u"domain_attributes_for_buecher"_s].toInt(), 1);
    QCOMPARE(draft.attributes.size(), 5);
    const auto url = std::find_if(draft.attributes.cbegin(),
                                  draft.attributes.cend(),
                                  [](const MispAttributeDraft &a) { return a.type == u"url"_s; });
    QCOMPARE(url->value, pulse.indicators.last().value);
    // The pulse keeps its Unicode text.
    QCOMPARE(pulse.indicators.first().value, u"bücher.example"_s);
}

void TestMispMapping::f04NullFields()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QJsonObject fieldCase = Fixtures::fieldCase(u"F04-pulse-null-fields.json"_s);
    const QJsonArray pulses =
            fieldCase[u"response_sequence"_s][0][u"body"_s][u"results"_s].toArray();
    QCOMPARE(pulses.size(), 2);
    const QJsonObject expectSparse =
            fieldCase[u"expected"_s][u"misp_event_for_sparse_pulse"_s].toObject();
    const MispEventDraft sparse =
            MispMapping::buildEvent(parse(pulses[0].toObject()), {}, MispGalaxy(), typeTable());
    QCOMPARE(sparse.info, expectSparse[u"info"_s].toString());
    auto countType = [](const MispEventDraft &d, const QString &type) {
        return std::count_if(d.attributes.cbegin(),
                             d.attributes.cend(),
                             [&](const MispAttributeDraft &a) { return a.type == type; });
    };
    QCOMPARE(countType(sparse, u"comment"_s), 0);
    QCOMPARE(countType(sparse, u"link"_s), expectSparse[u"link_attributes"_s].toInt());
    QCOMPARE(sparse.attributes.size(), expectSparse[u"attribute_comments"_s].toArray().size());
    for (const MispAttributeDraft &a : sparse.attributes) {
        QCOMPARE(a.comment, QString());
    }
    const QJsonObject expectNormal =
            fieldCase[u"expected"_s][u"misp_event_for_normal_pulse"_s].toObject();
    const MispEventDraft normal =
            MispMapping::buildEvent(parse(pulses[1].toObject()), {}, MispGalaxy(), typeTable());
    QCOMPARE(countType(normal, u"link"_s), expectNormal[u"link_attributes"_s].toInt());
    QCOMPARE(countType(normal, u"comment"_s), expectNormal[u"comment_attributes"_s].toInt());

    // No "None" or "null" text anywhere in what is sent.
    for (const MispEventDraft &d : {sparse, normal}) {
        const QByteArray body =
                QJsonDocument(MispMapping::eventJson(d, static_cast<int>(d.attributes.size())))
                        .toJson(QJsonDocument::Compact);
        for (const QJsonValue &bad :
             fieldCase[u"expected"_s][u"string_values_never_stored_or_exported"_s].toArray()) {
            QVERIFY2(!body.contains('"' + bad.toString().toUtf8() + '"'), body.constData());
        }
        QVERIFY(!body.contains("\"comment\":\"\""));
    }
}

void TestMispMapping::f12TlpAndAttackTags()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QJsonObject fieldCase = Fixtures::fieldCase(u"F12-tlp-attack-tags.json"_s);
    auto galaxy = MispGalaxy::load(Fixtures::root() + u"/misp/galaxy"_s);
    QVERIFY2(galaxy, qPrintable(galaxy.error().text()));
    QVERIFY(galaxy.value().attackPatternCount() > 1000);
    MispEventSettings settings;
    settings.whiteTag = fieldCase[u"settings"_s][u"tlp_white_name"_s].toString();
    settings.defaultTlp = fieldCase[u"settings"_s][u"default_tlp_when_missing"_s].toString();
    settings.sourceTag.clear(); // the field case lists the TLP and ATT&CK tags only

    const QJsonArray steps = fieldCase[u"steps"_s].toArray();
    const QJsonObject expected = fieldCase[u"expected"_s].toObject();
    auto tagsOf = [&](int step) {
        return MispMapping::buildEvent(parse(steps[step][u"export"_s].toObject()),
                                       settings,
                                       galaxy.value(),
                                       typeTable());
    };
    auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &s : v.toArray()) {
            out.append(s.toString().section(u" ("_s, 0, 0));
        }
        return out;
    };
    QCOMPARE(tagsOf(0).tags, strings(expected[u"65d200000000000000000001"_s]));
    QCOMPARE(tagsOf(1).tags, strings(expected[u"65d200000000000000000002_before"_s]));
    QCOMPARE(tagsOf(2).tags, strings(expected[u"65d200000000000000000003"_s]));
    const MispEventDraft missing = tagsOf(3);
    QCOMPARE(missing.tags, strings(expected[u"65d200000000000000000004"_s]));
    QVERIFY(missing.tlpDefaulted);
    QVERIFY(!tagsOf(0).tlpDefaulted);
    QCOMPARE(tagsOf(4).tags, strings(expected[u"65d200000000000000000002_after_step5"_s]));

    // With TLP 2.0 naming, white becomes clear; never both.
    settings.whiteTag = u"tlp:clear"_s;
    QCOMPARE(tagsOf(0).tags.first(), u"tlp:clear"_s);
    QVERIFY(!tagsOf(0).tags.contains(u"tlp:white"_s));

    // Adversaries: a known actor (by a synonym) becomes its galaxy tag, others a plain tag.
    QJsonObject pulse = steps[1][u"export"_s].toObject();
    pulse[u"adversary"_s] = u"HIDDEN COBRA"_s;
    const QStringList tags =
            MispMapping::buildEvent(parse(pulse), settings, galaxy.value(), {}).tags;
    QVERIFY2(tags.contains(u"misp-galaxy:threat-actor=\"Lazarus Group\""_s),
             qPrintable(tags.join(u", "_s)));
    pulse[u"adversary"_s] = u"Nobody Known"_s;
    QVERIFY(MispMapping::buildEvent(parse(pulse), settings, galaxy.value(), {})
                    .tags.contains(u"otx:adversary=\"Nobody Known\""_s));
}

void TestMispMapping::deterministicUuids()
{
    const QString ns = u"d698a2df-c3d4-5dcd-9971-515b663f3981"_s;
    QCOMPARE(MispMapping::eventUuid(u"65b0000000000000000000a1"_s),
             uuidV5(ns, u"pulse:65b0000000000000000000a1"_s));
    QCOMPARE(MispMapping::attributeUuid(u"65b0000000000000000000a1"_s,
                                        u"ip-dst"_s,
                                        u"203.0.113.10"_s),
             uuidV5(ns, u"attribute:65b0000000000000000000a1:ip-dst:203.0.113.10"_s));
    const QString uuid = MispMapping::eventUuid(u"x"_s);
    QCOMPARE(uuid, uuid.toLower());
    QVERIFY(!uuid.startsWith(u'{'));
}

void TestMispMapping::galaxyFolderErrors()
{
    QVERIFY(MispGalaxy::load(QString()));
    QCOMPARE(MispGalaxy::load(QString()).value().attackPatternCount(), 0);
    const auto missing = MispGalaxy::load(u"/nonexistent/otxdesk-galaxy"_s);
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(u"mitre-attack-pattern.json"_s));
}

QTEST_GUILESS_MAIN(TestMispMapping)
#include "TestMispMapping.moc"
