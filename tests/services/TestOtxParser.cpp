#include "services/OtxParser.h"
#include "tests/support/Fixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Every pulse object with an indicator list in the recorded OTX fixtures.
QList<QJsonObject> recordedPulses()
{
    QList<QJsonObject> out;
    const QDir dir(Fixtures::root() + u"/otx/pulses"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        const QJsonDocument doc = Fixtures::load(u"otx/pulses/"_s + name);
        QJsonArray items;
        if (doc.isArray()) {
            items = doc.array();
        } else if (doc.object().contains(u"results"_s)) {
            items = doc.object().value(u"results"_s).toArray();
        } else {
            items = QJsonArray{doc.object()};
        }
        for (const QJsonValue &v : std::as_const(items)) {
            if (v.toObject().value(u"indicators"_s).isArray()) {
                out.append(v.toObject());
            }
        }
    }
    return out;
}

// The oracle for timestamps: Qt's own ISO parser, forced to UTC.
qint64 isoUtcMs(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

} // namespace

class TestOtxParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryRecordedPulse();
    void keepsUnknownTypesAndFields();
    void sparsePulseHasNoNullText();
    void legacyIdsAndFloats();
    void completionIsAskedWhenTruncated();
};

void TestOtxParser::parsesEveryRecordedPulse()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QList<QJsonObject> pulses = recordedPulses();
    QVERIFY(pulses.size() >= 30);
    int indicatorsSeen = 0;
    for (const QJsonObject &json : pulses) {
        const auto parsed = OtxParser::parsePulse(json);
        QVERIFY(parsed);
        const QString id = json.value(u"id"_s).toString(json.value(u"_id"_s).toString());
        QCOMPARE(parsed->otxId, id);
        QCOMPARE(parsed->name, json.value(u"name"_s).toString());
        QCOMPARE(parsed->revision, qRound(json.value(u"revision"_s).toDouble()));
        const QString tlp = json.contains(u"tlp"_s) ? json.value(u"tlp"_s).toString()
                                                    : json.value(u"TLP"_s).toString();
        QCOMPARE(parsed->tlp, tlp.toLower());
        QVERIFY2(parsed->modifiedMs, qPrintable(id));
        QCOMPARE(*parsed->modifiedMs, isoUtcMs(json.value(u"modified"_s).toString()));
        const QJsonArray indicators = json.value(u"indicators"_s).toArray();
        QCOMPARE(parsed->indicators.size(), indicators.size());
        for (qsizetype i = 0; i < indicators.size(); ++i) {
            const QJsonObject ind = indicators[i].toObject();
            const PulseIndicator &got = parsed->indicators[i];
            QCOMPARE(got.value, ind.value(u"indicator"_s).toString());
            QCOMPARE(got.type, ind.value(u"type"_s).toString());
            if (ind.value(u"id"_s).isDouble()) {
                QCOMPARE(got.otxId.value(), qint64(ind.value(u"id"_s).toDouble()));
            } else {
                QCOMPARE(got.legacyId, ind.value(u"_id"_s).toString());
            }
            if (ind.value(u"created"_s).isString()) {
                QCOMPARE(got.createdMs.value(), isoUtcMs(ind.value(u"created"_s).toString()));
            }
            ++indicatorsSeen;
        }
        // The JSON as received round-trips.
        QCOMPARE(QJsonDocument::fromJson(parsed->rawJson).object(), json);
    }
    QVERIFY(indicatorsSeen > 1000);
}

void TestOtxParser::keepsUnknownTypesAndFields()
{
    const QJsonObject json{{u"id"_s, u"65a500000000000000000009"_s},
                           {u"name"_s, u"Future"_s},
                           {u"brand_new_field"_s, QJsonArray{1, 2}},
                           {u"indicators"_s,
                            QJsonArray{QJsonObject{{u"id"_s, 4100000009.0},
                                                   {u"type"_s, u"X-FutureType"_s},
                                                   {u"indicator"_s, u"opaque"_s}}}}};
    const auto parsed = OtxParser::parsePulse(json);
    QVERIFY(parsed);
    QCOMPARE(parsed->indicators.size(), 1);
    QCOMPARE(parsed->indicators[0].type, u"X-FutureType"_s);
    QCOMPARE(parsed->indicators[0].otxId.value(), qint64(4100000009));
    QVERIFY(QJsonDocument::fromJson(parsed->rawJson).object().contains(u"brand_new_field"_s));
}

void TestOtxParser::sparsePulseHasNoNullText()
{
    // Field case F04, first pulse.
    OTXDESK_REQUIRE_FIXTURES();
    QFile file(Fixtures::root() + u"/../field-cases/F04-pulse-null-fields.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject sparse =
            root[u"response_sequence"_s][0][u"body"_s][u"results"_s][0].toObject();
    const auto parsed = OtxParser::parsePulse(sparse);
    QVERIFY(parsed);
    QVERIFY(parsed->description.isNull());
    QVERIFY(parsed->adversary.isNull());
    QVERIFY(parsed->tags.isEmpty());
    QVERIFY(parsed->industries.isEmpty());
    QVERIFY(parsed->references.isEmpty()); // the blank reference is dropped
    QCOMPARE(parsed->indicators.size(), 2);
    QVERIFY(parsed->indicators[0].title.isNull());
    QVERIFY(parsed->indicators[1].role.isNull());
    QVERIFY(parsed->indicators[1].isActive);
}

void TestOtxParser::legacyIdsAndFloats()
{
    const QJsonObject json{{u"_id"_s, u"55b13b6ab45ff52d687ccc3c"_s},
                           {u"name"_s, u"Old"_s},
                           {u"revision"_s, 2.0},
                           {u"public"_s, true},
                           {u"TLP"_s, u"Green"_s},
                           {u"indicators"_s,
                            QJsonArray{QJsonObject{{u"_id"_s, u"55b13b6ab45ff52d687ccc3d"_s},
                                                   {u"type"_s, u"FileHash-MD5"_s},
                                                   {u"indicator"_s, u"abc"_s},
                                                   {u"created"_s, u"2015-09-02T09:21:53.093"_s}}}}};
    const auto parsed = OtxParser::parsePulse(json);
    QVERIFY(parsed);
    QCOMPARE(parsed->otxId, u"55b13b6ab45ff52d687ccc3c"_s);
    QCOMPARE(parsed->revision, 2);
    QCOMPARE(parsed->isPublic.value(), true);
    QCOMPARE(parsed->tlp, u"green"_s);
    QCOMPARE(parsed->indicators[0].legacyId, u"55b13b6ab45ff52d687ccc3d"_s);
    QVERIFY(!parsed->indicators[0].otxId);
    QCOMPARE(parsed->indicators[0].createdMs.value(), isoUtcMs(u"2015-09-02T09:21:53.093"_s));
}

void TestOtxParser::completionIsAskedWhenTruncated()
{
    Pulse p;
    QVERIFY(!OtxParser::needsIndicatorCompletion(p));
    p.moreIndicators = true;
    QVERIFY(OtxParser::needsIndicatorCompletion(p));
    p.moreIndicators = false;
    p.declaredIndicatorCount = 3;
    p.indicators.resize(2);
    QVERIFY(OtxParser::needsIndicatorCompletion(p));
    p.indicators.resize(3);
    QVERIFY(!OtxParser::needsIndicatorCompletion(p));
}

QTEST_GUILESS_MAIN(TestOtxParser)
#include "TestOtxParser.moc"
