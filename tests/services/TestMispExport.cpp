#include "models/Database.h"
#include "models/MispExportStore.h"
#include "models/PulseStore.h"
#include "services/MispExportService.h"
#include "services/OtxParser.h"
#include "services/PulseSyncService.h"
#include "tests/common/TestDatabases.h"
#include "tests/support/ExpectedMisp.h"
#include "tests/support/FakeMispServer.h"
#include "tests/support/FakeOtxServer.h"
#include "tests/support/Fixtures.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

const QString MISP_KEY = u"0123456789abcdefghij0123456789ABCDEFGHIJ"_s;
const QString OTX_KEY = u"0000000000000000000000000000000000000000000000000000000000000002"_s;

// RFC 4122 UUIDv5, written out here rather than taken from the code under test.
QString uuidV5(const QString &name)
{
    const QByteArray ns = QByteArray::fromHex("d698a2dfc3d45dcd9971515b663f3981");
    QByteArray hash =
            QCryptographicHash::hash(ns + name.toUtf8(), QCryptographicHash::Sha1).left(16);
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

QStringList tagNames(const QJsonObject &event)
{
    QStringList out;
    for (const QJsonValue &t : event[u"Event"_s][u"Tag"_s].toArray()) {
        out.append(t[u"name"_s].toString());
    }
    return out;
}

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

template <typename T>
T waitFor(QFuture<T> future, bool *cancelled = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 300000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    if (cancelled) {
        *cancelled = future.isCanceled();
    }
    return future.resultCount() > 0 ? future.result() : T{};
}

QList<QJsonObject> f10Steps()
{
    QList<QJsonObject> out;
    for (const QJsonValue &step :
         Fixtures::fieldCase(u"F10-reexport-same-event.json"_s)[u"steps"_s].toArray()) {
        out.append(step[u"export"_s].toObject());
    }
    return out;
}

} // namespace

/// A fresh, migrated store of the engine in m_config; skips (fails under CI) without it.
#define OPEN_STORE(engine)                    \
    OTXDESK_REQUIRE_ENGINE((engine), *m_dir); \
    m_config = config

class TestMispExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void corpusExportsWithoutRejections_data() { TestDatabases::addEngineRows(); }
    void corpusExportsWithoutRejections();
    void reexportUpdatesTheSameEventF10_data() { TestDatabases::addEngineRows(); }
    void reexportUpdatesTheSameEventF10();
    void tlpChangeReplacesTheTagF12();
    void typeMappingAndEmptyPulseF07();
    void punycodeNamesF08();
    void nullFieldsF04();
    void hugePulseInBatchesF13_data() { TestDatabases::addEngineRows(); }
    void hugePulseInBatchesF13();
    void cancelThenRerunCompletes();
    void refusalsAreRecordedWithReasons();
    void deletedEventIsBlockedNotRetried();
    void serverFaultsAreRetried();
    void failureMidExportResumesOnTheSameEvent();
    void lostStateFindsTheExistingEvent();
    void publishNeverPublishesEmpty();
    void badKeyFailsClearly();

private:
    void storePulses(const QList<QJsonObject> &pulses);
    MispExportOptions options() const;
    MispExportOutcome exportPending();
    MispExportOutcome exportPulses(const QStringList &ids, bool publish = false);
    QJsonObject eventFor(const QString &otxId) const;

    FakeMispServer *m_misp = nullptr;
    QTemporaryDir *m_dir = nullptr;
    DatabaseConfig m_config;
    MispEventSettings m_event;
    int m_batchSize = 2000;
    int m_maxRetries = 2;
};

void TestMispExport::init()
{
    m_misp = new FakeMispServer(this);
    m_misp->setApiKey(MISP_KEY);
    QVERIFY(m_misp->listen());
    m_dir = new QTemporaryDir;
    m_event = {};
    m_batchSize = 2000;
    m_maxRetries = 2;
}

void TestMispExport::cleanup()
{
    delete m_misp;
    m_misp = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestMispExport::storePulses(const QList<QJsonObject> &pulses)
{
    ScopedConnection c(m_config, u"test-store"_s, true);
    QVERIFY2(c.ok(), qPrintable(c.error().text()));
    PulseStore store(c.db());
    QList<Pulse> parsed;
    for (const QJsonObject &json : pulses) {
        auto p = OtxParser::parsePulse(json);
        QVERIFY2(p, qPrintable(p.error().text()));
        parsed.append(p.value());
    }
    auto run = store.startRun(u"pulse"_s, {}, u"test"_s, std::nullopt);
    QVERIFY(run);
    QVERIFY(store.writePage(parsed, run.value()));
    QVERIFY(store.finishRun(run.value(), SyncStatus::Completed, {}));
}

MispExportOptions TestMispExport::options() const
{
    MispExportOptions o;
    o.database = m_config;
    o.misp.baseUrl = m_misp->baseUrl();
    o.misp.apiKey = MISP_KEY;
    o.misp.timeoutMs = 60000;
    o.misp.maxRetries = m_maxRetries;
    o.misp.backoffBaseMs = 10;
    o.misp.backoffCapMs = 100;
    o.event = m_event;
    o.batchSize = m_batchSize;
    o.galaxyFolder = Fixtures::root() + u"/misp/galaxy"_s;
    return o;
}

MispExportOutcome TestMispExport::exportPending()
{
    QThreadPool pool;
    MispExportRequest request;
    request.mode = MispExportRequest::Mode::Pending;
    return waitFor(MispExportService::start(&pool, request, options()));
}

MispExportOutcome TestMispExport::exportPulses(const QStringList &ids, bool publish)
{
    QThreadPool pool;
    MispExportRequest request;
    request.mode = publish ? MispExportRequest::Mode::Publish : MispExportRequest::Mode::Pulses;
    request.pulseIds = ids;
    return waitFor(MispExportService::start(&pool, request, options()));
}

QJsonObject TestMispExport::eventFor(const QString &otxId) const
{
    return m_misp->event(uuidV5(u"pulse:"_s + otxId));
}

void TestMispExport::corpusExportsWithoutRejections()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, engine);
    OPEN_STORE(engine);
    // The corpus goes through a real sync from the fake OTX, as an analyst's store would.
    FakeOtxServer otx;
    otx.setApiKey(OTX_KEY);
    QVERIFY(otx.loadFixtureCorpus());
    QVERIFY(otx.listen() != 0);
    SyncOptions sync;
    sync.database = m_config;
    sync.otx.baseUrl = otx.baseUrl();
    sync.otx.apiKey = OTX_KEY;
    sync.pageSize = 10;
    QThreadPool pool;
    QCOMPARE(waitFor(PulseSyncService::start(&pool, SyncRequest{}, sync)).status,
             SyncStatus::Completed);

    const MispExportOutcome outcome = exportPending();
    QCOMPARE(outcome.status, u"completed"_s);
    QCOMPARE(outcome.serverVersion, u"2.5.1"_s);
    const QJsonObject describeTypes = Fixtures::load(u"misp/describeTypes.json"_s).object();
    const QList<QJsonObject> corpus = otx.pulses();
    QCOMPARE(outcome.pulses.size(), corpus.size());
    int events = 0;
    for (const QJsonObject &pulse : corpus) {
        const QString id = pulse[u"id"_s].toString();
        const auto expected = ExpectedMisp::attributes(pulse, describeTypes);
        const QJsonObject event = eventFor(id);
        if (expected.isEmpty()) {
            QVERIFY2(event.isEmpty(), qPrintable(id));
            continue;
        }
        ++events;
        QVERIFY2(!event.isEmpty(), qPrintable(id));
        const QStringList got =
                describe(ExpectedMisp::fromEvent(event[u"Event"_s].toObject())).split(u'\n');
        const QStringList want = describe(expected).split(u'\n');
        for (qsizetype i = 0; i < std::min(got.size(), want.size()); ++i) {
            QCOMPARE(got[i], want[i]);
        }
        QCOMPARE(got.size(), want.size());
        QCOMPARE(event[u"Event"_s][u"info"_s].toString(), pulse[u"name"_s].toString().trimmed());
        QCOMPARE(event[u"Event"_s][u"published"_s].toBool(), false);
    }
    QCOMPARE(m_misp->eventCount(), events);
    for (const MispPulseResult &r : outcome.pulses) {
        QCOMPARE(r.attributesRejected, 0);
        QCOMPARE(r.attributesDropped, 0);
    }

    // A second export sends nothing but the connection check.
    m_misp->clearRequests();
    const MispExportOutcome again = exportPending();
    QCOMPARE(again.pulses.size(), 0);
    QCOMPARE(m_misp->requestCount(u"POST"_s, {}), 0);
}

void TestMispExport::reexportUpdatesTheSameEventF10()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, engine);
    OPEN_STORE(engine);
    const QList<QJsonObject> steps = f10Steps();
    QCOMPARE(steps.size(), 4);
    const QJsonObject expected =
            Fixtures::fieldCase(u"F10-reexport-same-event.json"_s)[u"expected"_s].toObject();
    const QString a = steps[0][u"id"_s].toString();
    const QString b = steps[1][u"id"_s].toString();

    storePulses({steps[0]});
    QCOMPARE(exportPulses({a}).pulses.value(0).action, MispPulseResult::Action::Created);
    const QString uuidAfterStep1 = eventFor(a)[u"Event"_s][u"uuid"_s].toString();
    storePulses({steps[1]});
    QCOMPARE(exportPulses({b}).pulses.value(0).action, MispPulseResult::Action::Created);

    m_misp->clearRequests();
    storePulses({steps[2]});
    QCOMPARE(exportPending().pulses.value(0).action, MispPulseResult::Action::Updated);
    QCOMPARE(m_misp->requestCount(u"POST"_s, u"/events/add"_s),
             expected[u"event_add_calls_in_step3"_s].toInt());

    m_misp->clearRequests();
    storePulses({steps[3]});
    const MispExportOutcome step4 = exportPulses({a});
    QCOMPARE(step4.pulses.value(0).action, MispPulseResult::Action::Unchanged);
    QCOMPARE(m_misp->requestCount(u"POST"_s, {}), expected[u"changes_in_step4"_s].toInt());

    QCOMPARE(m_misp->eventCount(), expected[u"misp_events_total"_s].toInt());
    const QJsonObject eventA = eventFor(a)[u"Event"_s].toObject();
    const QJsonObject expectA = expected[u"event_for_65b0000000000000000000a1"_s].toObject();
    QCOMPARE(eventA[u"info"_s].toString(), expectA[u"info"_s].toString());
    QCOMPARE(eventA[u"uuid"_s].toString(), uuidAfterStep1);
    auto pairs = [](const QJsonArray &attributes) {
        QStringList out;
        for (const QJsonValue &v : attributes) {
            out.append(v[u"type"_s].toString() + u'=' + v[u"value"_s].toString());
        }
        out.sort();
        return out;
    };
    QCOMPARE(pairs(eventA[u"Attribute"_s].toArray()), pairs(expectA[u"attributes"_s].toArray()));
    const QJsonObject eventB = eventFor(b)[u"Event"_s].toObject();
    QCOMPARE(pairs(eventB[u"Attribute"_s].toArray()),
             pairs(expected[u"event_for_65b0000000000000000000b2"_s][u"attributes"_s].toArray()));
    QCOMPARE(eventB[u"info"_s].toString(),
             expected[u"event_for_65b0000000000000000000b2"_s][u"info"_s].toString());
}

void TestMispExport::tlpChangeReplacesTheTagF12()
{
    OTXDESK_REQUIRE_FIXTURES();
    OPEN_STORE(u"sqlite"_s);
    const QJsonObject fieldCase = Fixtures::fieldCase(u"F12-tlp-attack-tags.json"_s);
    m_event.whiteTag = fieldCase[u"settings"_s][u"tlp_white_name"_s].toString();
    m_event.defaultTlp = fieldCase[u"settings"_s][u"default_tlp_when_missing"_s].toString();
    m_event.sourceTag.clear();
    const QJsonArray steps = fieldCase[u"steps"_s].toArray();
    const QJsonObject expected = fieldCase[u"expected"_s].toObject();
    auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &s : v.toArray()) {
            out.append(s.toString().section(u" ("_s, 0, 0));
        }
        out.sort();
        return out;
    };
    auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    for (int i = 0; i < 4; ++i) {
        storePulses({steps[i][u"export"_s].toObject()});
    }
    QCOMPARE(exportPending().pulses.size(), 4);
    QCOMPARE(sorted(tagNames(eventFor(u"65d200000000000000000001"_s))),
             strings(expected[u"65d200000000000000000001"_s]));
    QCOMPARE(sorted(tagNames(eventFor(u"65d200000000000000000002"_s))),
             strings(expected[u"65d200000000000000000002_before"_s]));
    QCOMPARE(sorted(tagNames(eventFor(u"65d200000000000000000003"_s))),
             strings(expected[u"65d200000000000000000003"_s]));
    QCOMPARE(sorted(tagNames(eventFor(u"65d200000000000000000004"_s))),
             strings(expected[u"65d200000000000000000004"_s]));

    // Green becomes red: the old TLP tag is taken off, as an edit only adds tags.
    storePulses({steps[4][u"export"_s].toObject()});
    const MispExportOutcome changed = exportPending();
    QCOMPARE(changed.pulses.size(), 1);
    QCOMPARE(changed.pulses[0].action, MispPulseResult::Action::Updated);
    QCOMPARE(sorted(tagNames(eventFor(u"65d200000000000000000002"_s))),
             strings(expected[u"65d200000000000000000002_after_step5"_s]));
    QCOMPARE(m_misp->requestCount(u"POST"_s, u"/tags/removeTagFromObject"_s), 1);

    // The defaulted TLP is recorded as a default.
    ScopedConnection c(m_config, u"check"_s);
    QCOMPARE(scalar(c.db(),
                    u"SELECT tlp_defaulted FROM misp_events e JOIN pulses p ON "
                    "p.id = e.pulse_id WHERE p.otx_id = '65d200000000000000000004'"_s),
             1);
}

void TestMispExport::typeMappingAndEmptyPulseF07()
{
    OTXDESK_REQUIRE_FIXTURES();
    OPEN_STORE(u"sqlite"_s);
    const QJsonObject fieldCase = Fixtures::fieldCase(u"F07-indicator-type-mapping.json"_s);
    const QJsonObject pulse = fieldCase[u"pulse"_s].toObject();
    const QJsonObject unsupported = fieldCase[u"pulse_all_unsupported"_s].toObject();
    storePulses({pulse, unsupported});
    const MispExportOutcome outcome = exportPending();
    QCOMPARE(outcome.pulses.size(), 2);
    const auto &mapped = outcome.pulses[0].otxId == pulse[u"id"_s].toString() ? outcome.pulses[0]
                                                                              : outcome.pulses[1];
    const auto &empty = outcome.pulses[0].otxId == pulse[u"id"_s].toString() ? outcome.pulses[1]
                                                                             : outcome.pulses[0];
    QCOMPARE(mapped.attributesRejected, 0);
    QCOMPARE(mapped.attributesDropped, 0);
    QCOMPARE(mapped.indicatorsSkipped,
             fieldCase[u"expected"_s][u"skipped_with_warning"_s].toArray().size());
    QCOMPARE(describe(ExpectedMisp::fromEvent(eventFor(mapped.otxId)[u"Event"_s].toObject())),
             describe(ExpectedMisp::attributes(
                     pulse,
                     Fixtures::load(u"misp/describeTypes.json"_s).object())));
    // Nothing MISP can take: no event, said so, and not pending again.
    QCOMPARE(empty.action, MispPulseResult::Action::Skipped);
    QVERIFY(!empty.error.message.isEmpty());
    QVERIFY(eventFor(empty.otxId).isEmpty());
    QCOMPARE(m_misp->requestCount(u"POST"_s, u"/events/add"_s), 1);
    QCOMPARE(exportPending().pulses.size(), 0);

    // The store keeps all 23 indicators.
    ScopedConnection c(m_config, u"check"_s);
    QCOMPARE(scalar(c.db(),
                    u"SELECT COUNT(*) FROM pulse_indicators pi JOIN pulses p ON "
                    "p.id = pi.pulse_id WHERE p.otx_id = '65c700000000000000000001'"_s),
             pulse[u"indicators"_s].toArray().size());
    // The skipped ones are listed with their reasons.
    QCOMPARE(scalar(c.db(), u"SELECT COUNT(*) FROM misp_export_problems WHERE kind = 'skipped'"_s),
             mapped.indicatorsSkipped + empty.indicatorsSkipped);
}

void TestMispExport::punycodeNamesF08()
{
    OTXDESK_REQUIRE_FIXTURES();
    OPEN_STORE(u"sqlite"_s);
    const QJsonObject fieldCase = Fixtures::fieldCase(u"F08-idn-punycode.json"_s);
    storePulses({fieldCase[u"pulse"_s].toObject()});
    const MispExportOutcome outcome = exportPending();
    QCOMPARE(outcome.pulses.size(), 1);
    QCOMPARE(outcome.pulses[0].attributesRejected,
             fieldCase[u"expected"_s][u"misp_rejections"_s].toInt());
    QCOMPARE(outcome.pulses[0].attributesDropped, 0);
    QStringList values;
    for (const QJsonValue &a :
         eventFor(outcome.pulses[0].otxId)[u"Event"_s][u"Attribute"_s].toArray()) {
        values.append(a[u"value"_s].toString());
    }
    for (const QJsonValue &e : fieldCase[u"expected"_s][u"misp_attributes"_s].toArray()) {
        if (e[u"type"_s].toString() != u"url"_s) {
            QVERIFY2(values.count(e[u"value"_s].toString()) == 1, qPrintable(values.join(u' ')));
        }
    }
    // The store keeps the Unicode spelling.
    ScopedConnection c(m_config, u"check"_s);
    QCOMPARE(scalar(c.db(),
                    u"SELECT COUNT(*) FROM pulse_indicators WHERE raw_value = "
                    "'bücher.example'"_s),
             1);
}

void TestMispExport::nullFieldsF04()
{
    OTXDESK_REQUIRE_FIXTURES();
    OPEN_STORE(u"sqlite"_s);
    const QJsonObject fieldCase = Fixtures::fieldCase(u"F04-pulse-null-fields.json"_s);
    const QJsonArray pulses =
            fieldCase[u"response_sequence"_s][0][u"body"_s][u"results"_s].toArray();
    storePulses({pulses[0].toObject(), pulses[1].toObject()});
    QCOMPARE(exportPending().pulses.size(), 2);
    auto count = [](const QJsonObject &event, const QString &type) {
        int n = 0;
        for (const QJsonValue &a : event[u"Event"_s][u"Attribute"_s].toArray()) {
            n += a[u"type"_s].toString() == type ? 1 : 0;
        }
        return n;
    };
    const QJsonObject sparse = eventFor(pulses[0][u"id"_s].toString());
    const QJsonObject normal = eventFor(pulses[1][u"id"_s].toString());
    const QJsonObject expected = fieldCase[u"expected"_s].toObject();
    QCOMPARE(sparse[u"Event"_s][u"info"_s].toString(),
             expected[u"misp_event_for_sparse_pulse"_s][u"info"_s].toString());
    QCOMPARE(count(sparse, u"comment"_s), 0);
    QCOMPARE(count(sparse, u"link"_s), 0);
    for (const QJsonValue &a : sparse[u"Event"_s][u"Attribute"_s].toArray()) {
        QCOMPARE(a[u"comment"_s].toString(), QString());
    }
    QCOMPARE(count(normal, u"link"_s),
             expected[u"misp_event_for_normal_pulse"_s][u"link_attributes"_s].toInt());
    QCOMPARE(count(normal, u"comment"_s),
             expected[u"misp_event_for_normal_pulse"_s][u"comment_attributes"_s].toInt());
    for (const FakeMispServer::RecordedRequest &r : m_misp->requests()) {
        QVERIFY(!r.body.contains("\"None\"") && !r.body.contains("\"null\""));
    }
}

void TestMispExport::hugePulseInBatchesF13()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, engine);
    OPEN_STORE(engine);
    const QJsonObject fieldCase = Fixtures::fieldCase(u"F13-huge-pulse.json"_s);
    const QJsonObject expected = fieldCase[u"expected"_s].toObject();
    const int total = fieldCase[u"indicator_pages"_s][u"total"_s].toInt();
    QJsonObject pulse = fieldCase[u"pulse_meta"_s].toObject();
    QJsonArray indicators;
    for (int i = 0; i < total; ++i) {
        indicators.append(QJsonObject{{u"id"_s, qint64(5300000000) + i},
                                      {u"type"_s, u"IPv4"_s},
                                      {u"indicator"_s, u"198.18.%1.%2"_s.arg(i / 256).arg(i % 256)},
                                      {u"created"_s, u"2024-06-10T00:00:00"_s}});
    }
    pulse[u"indicators"_s] = indicators;

    // Through a real sync: the embedded list is cut, the rest comes in pages of 1,000.
    FakeOtxServer otx;
    otx.setApiKey(OTX_KEY);
    otx.setPulses({pulse});
    otx.setEmbeddedIndicatorLimit(0);
    QVERIFY(otx.listen() != 0);
    SyncOptions sync;
    sync.database = m_config;
    sync.otx.baseUrl = otx.baseUrl();
    sync.otx.apiKey = OTX_KEY;
    SyncRequest one;
    one.mode = SyncRequest::Mode::Pulse;
    one.pulseId = pulse[u"id"_s].toString();
    QThreadPool pool;
    QCOMPARE(waitFor(PulseSyncService::start(&pool, one, sync)).status, SyncStatus::Completed);
    int indicatorPages = 0;
    for (const auto &r : otx.requests()) {
        indicatorPages += r.path.endsWith(u"/indicators"_s) ? 1 : 0;
    }
    QCOMPARE(indicatorPages, expected[u"otx_requests"_s].toInt());
    {
        ScopedConnection c(m_config, u"check"_s);
        QCOMPARE(scalar(c.db(), u"SELECT COUNT(*) FROM pulse_indicators"_s),
                 expected[u"indicator_rows_in_db"_s].toInt());
    }

    m_batchSize = 5000;
    const MispExportOutcome outcome = exportPending();
    QCOMPARE(outcome.pulses.size(), 1);
    QCOMPARE(outcome.pulses[0].attributesAccepted, expected[u"misp_attributes_in_event"_s].toInt());
    QCOMPARE(m_misp->requestCount(u"POST"_s, u"/events/add"_s)
                     + m_misp->requestCount(u"POST"_s, u"/attributes/add"_s),
             expected[u"misp_add_requests_at_batch_5000"_s].toInt());
    QCOMPARE(eventFor(one.pulseId)[u"Event"_s][u"Attribute"_s].toArray().size(), total);

    m_misp->clearRequests();
    const MispExportOutcome rerun = exportPulses({one.pulseId});
    QCOMPARE(rerun.pulses[0].attributesSent, expected[u"rerun_adds"_s].toInt());
    QCOMPARE(m_misp->requestCount(u"POST"_s, {}), 0);
}

void TestMispExport::cancelThenRerunCompletes()
{
    OTXDESK_REQUIRE_FIXTURES();
    OPEN_STORE(u"sqlite"_s);
    QJsonObject pulse = f10Steps()[0];
    QJsonArray indicators;
    for (int i = 0; i < 3000; ++i) {
        indicators.append(
                QJsonObject{{u"id"_s, qint64(7000000000) + i},
                            {u"type"_s, u"IPv4"_s},
                            {u"indicator"_s, u"198.19.%1.%2"_s.arg(i / 256).arg(i % 256)}});
    }
    pulse[u"indicators"_s] = indicators;
    storePulses({pulse});
    m_batchSize = 100;

    QThreadPool pool;
    MispExportRequest request;
    QFuture<MispExportOutcome> future = MispExportService::start(&pool, request, options());
    QElapsedTimer timer;
    timer.start();
    while (m_misp->requestCount(u"POST"_s, u"/attributes/add"_s) < 3 && timer.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    future.cancel();
    bool cancelled = false;
    waitFor(future, &cancelled);
    QVERIFY(cancelled);
    const int added = m_misp->requestCount(u"POST"_s, u"/attributes/add"_s);
    QVERIFY2(added < 29, "the export did not stop at the cancel");
    {
        ScopedConnection c(m_config, u"check"_s);
        MispExportStore store(c.db(), MispExportStore::serverKey(m_misp->baseUrl().toString()));
        auto pending = store.pending();
        QVERIFY(pending);
        QCOMPARE(pending.value().size(), 1);
        QCOMPARE(pending.value()[0].reason, MispPendingReason::Partial);
    }
    const MispExportOutcome rerun = exportPending();
    QCOMPARE(rerun.pulses.size(), 1);
    QCOMPARE(rerun.pulses[0].action, MispPulseResult::Action::Updated);
    QCOMPARE(rerun.pulses[0].attributesAccepted, 3000);
    QCOMPARE(eventFor(pulse[u"id"_s].toString())[u"Event"_s][u"Attribute"_s].toArray().size(),
             3000);
    QCOMPARE(m_misp->requestCount(u"POST"_s, u"/events/add"_s), 1);
}

void TestMispExport::refusalsAreRecordedWithReasons()
{
    OTXDESK_REQUIRE_FIXTURES();
    OPEN_STORE(u"sqlite"_s);
    QJsonObject pulse = f10Steps()[0];
    QJsonArray indicators = pulse[u"indicators"_s].toArray();
    indicators.append(
            QJsonObject{{u"id"_s, 1}, {u"type"_s, u"IPv4"_s}, {u"indicator"_s, u"999.1.1.1"_s}});
    indicators.append(QJsonObject{{u"id"_s, 2},
                                  {u"type"_s, u"IPv4"_s},
                                  {u"indicator"_s, u"010.001.001.001"_s}});
    indicators.append(QJsonObject{{u"id"_s, 3},
                                  {u"type"_s, u"FileHash-MD5"_s},
                                  {u"indicator"_s, u"not-a-hash"_s}});
    pulse[u"indicators"_s] = indicators;
    storePulses({pulse});
    const MispExportOutcome outcome = exportPending();
    QCOMPARE(outcome.pulses.size(), 1);
    const MispPulseResult &r = outcome.pulses[0];
    QCOMPARE(r.action, MispPulseResult::Action::Created);
    QCOMPARE(r.attributesAccepted, 2);
    QCOMPARE(r.attributesRejected, 3);
    QCOMPARE(r.attributesDropped, 0);

    ScopedConnection c(m_config, u"check"_s);
    MispExportStore store(c.db(), MispExportStore::serverKey(m_misp->baseUrl().toString()));
    auto state = store.state(1);
    QVERIFY(state && state.value());
    QCOMPARE(state.value()->status, MispExportStatus::Exported);
    QCOMPARE(state.value()->attributesRejected, 3);
    auto problems = store.problems(1);
    QVERIFY(problems);
    QCOMPARE(problems.value().size(), 3);
    int ipReasons = 0;
    for (const MispExportProblem &p : problems.value()) {
        QCOMPARE(p.kind, u"rejected"_s);
        ipReasons += p.reason.contains(u"IP address has an invalid format."_s) ? 1 : 0;
        if (p.mispType == u"md5"_s) {
            QVERIFY2(p.reason.contains(u"Checksum has an invalid length"_s), qPrintable(p.reason));
        }
    }
    QCOMPARE(ipReasons, 2);
    // Refused attributes do not make the pulse pending again.
    QCOMPARE(store.pending().value().size(), 0);
}

void TestMispExport::deletedEventIsBlockedNotRetried()
{
    OTXDESK_REQUIRE_FIXTURES();
    OPEN_STORE(u"sqlite"_s);
    const QList<QJsonObject> steps = f10Steps();
    storePulses({steps[0]});
    QCOMPARE(exportPending().pulses.size(), 1);
    m_misp->deleteEvent(uuidV5(u"pulse:"_s + steps[0][u"id"_s].toString()));
    storePulses({steps[2]}); // a new revision: the pulse waits again

    const MispExportOutcome blocked = exportPending();
    QCOMPARE(blocked.pulses.size(), 1);
    QCOMPARE(blocked.pulses[0].action, MispPulseResult::Action::Blocked);
    QCOMPARE(blocked.pulses[0].error.code, MispError::Blocklisted);
    QVERIFY(blocked.pulses[0].error.message.contains(u"blocklist"_s));

    m_misp->clearRequests();
    QCOMPARE(exportPending().pulses.size(), 0);
    QCOMPARE(m_misp->requestCount(u"POST"_s, u"/events/add"_s), 0);
}

void TestMispExport::serverFaultsAreRetried()
{
    OTXDESK_REQUIRE_FIXTURES();
    OPEN_STORE(u"sqlite"_s);
    QJsonObject pulse = f10Steps()[0];
    QJsonArray indicators;
    for (int i = 0; i < 30; ++i) {
        indicators.append(QJsonObject{{u"id"_s, 8000 + i},
                                      {u"type"_s, u"IPv4"_s},
                                      {u"indicator"_s, u"203.0.113.%1"_s.arg(i)}});
    }
    pulse[u"indicators"_s] = indicators;
    storePulses({pulse});
    m_batchSize = 10;
    m_misp->injectFault(u"/events/add"_s, 1, FakeMispServer::Fault::InternalError);
    m_misp->injectFault(u"/attributes/add"_s, 1, FakeMispServer::Fault::BadGateway);
    // The server stores the batch, then the connection drops: the retry meets duplicates.
    m_misp->injectFault(u"/attributes/add"_s, 3, FakeMispServer::Fault::DropConnection);
    const MispExportOutcome outcome = exportPending();
    QCOMPARE(outcome.pulses.size(), 1);
    QCOMPARE(outcome.pulses[0].action, MispPulseResult::Action::Created);
    QCOMPARE(outcome.pulses[0].attributesAccepted, 30);
    QCOMPARE(outcome.pulses[0].attributesRejected, 0);
    QCOMPARE(m_misp->eventCount(), 1);
    QCOMPARE(eventFor(pulse[u"id"_s].toString())[u"Event"_s][u"Attribute"_s].toArray().size(), 30);
}

void TestMispExport::failureMidExportResumesOnTheSameEvent()
{
    OTXDESK_REQUIRE_FIXTURES();
    OPEN_STORE(u"sqlite"_s);
    QJsonObject pulse = f10Steps()[0];
    QJsonArray indicators;
    for (int i = 0; i < 50; ++i) {
        indicators.append(QJsonObject{{u"id"_s, 9000 + i},
                                      {u"type"_s, u"IPv4"_s},
                                      {u"indicator"_s, u"192.0.2.%1"_s.arg(i)}});
    }
    pulse[u"indicators"_s] = indicators;
    storePulses({pulse});
    m_batchSize = 10;
    m_maxRetries = 1;
    // The second attribute batch fails on every attempt.
    m_misp->injectFault(u"/attributes/add"_s, 2, FakeMispServer::Fault::InternalError);
    m_misp->injectFault(u"/attributes/add"_s, 3, FakeMispServer::Fault::InternalError);
    const MispExportOutcome failed = exportPending();
    QCOMPARE(failed.pulses.size(), 1);
    QCOMPARE(failed.pulses[0].action, MispPulseResult::Action::Failed);
    QCOMPARE(failed.pulses[0].error.code, MispError::Server);
    QVERIFY(!failed.pulses[0].eventId.isEmpty());

    const MispExportOutcome resumed = exportPending();
    QCOMPARE(resumed.pulses.size(), 1);
    QCOMPARE(resumed.pulses[0].action, MispPulseResult::Action::Updated);
    QCOMPARE(resumed.pulses[0].eventId, failed.pulses[0].eventId);
    QCOMPARE(resumed.pulses[0].attributesAccepted, 50);
    QCOMPARE(m_misp->eventCount(), 1);
    QCOMPARE(m_misp->requestCount(u"POST"_s, u"/events/add"_s), 1);
}

void TestMispExport::lostStateFindsTheExistingEvent()
{
    OTXDESK_REQUIRE_FIXTURES();
    OPEN_STORE(u"sqlite"_s);
    const QList<QJsonObject> steps = f10Steps();
    storePulses({steps[0]});
    QCOMPARE(exportPending().pulses.size(), 1);
    {
        // As after a crash before the export was recorded, or on a colleague's new store.
        ScopedConnection c(m_config, u"wipe"_s);
        QVERIFY(Database::exec(c.db(), u"DELETE FROM misp_events"_s));
    }
    storePulses({steps[2]});
    const MispExportOutcome outcome = exportPending();
    QCOMPARE(outcome.pulses.size(), 1);
    QCOMPARE(outcome.pulses[0].action, MispPulseResult::Action::Updated);
    QCOMPARE(m_misp->eventCount(), 1);
    QCOMPARE(eventFor(steps[0][u"id"_s].toString())[u"Event"_s][u"Attribute"_s].toArray().size(),
             3);
}

void TestMispExport::publishNeverPublishesEmpty()
{
    OTXDESK_REQUIRE_FIXTURES();
    OPEN_STORE(u"sqlite"_s);
    const QJsonObject fieldCase = Fixtures::fieldCase(u"F07-indicator-type-mapping.json"_s);
    const QJsonObject unsupported = fieldCase[u"pulse_all_unsupported"_s].toObject();
    const QJsonObject pulse = f10Steps()[0];
    storePulses({pulse, unsupported});
    QCOMPARE(exportPending().pulses.size(), 2);
    QVERIFY(!eventFor(pulse[u"id"_s].toString())[u"Event"_s][u"published"_s].toBool());

    m_misp->clearRequests();
    const MispExportOutcome published =
            exportPulses({pulse[u"id"_s].toString(), unsupported[u"id"_s].toString()}, true);
    QCOMPARE(published.pulses.size(), 2);
    QCOMPARE(published.pulses[0].action, MispPulseResult::Action::Published);
    QCOMPARE(published.pulses[1].action, MispPulseResult::Action::Failed);
    QVERIFY(!published.pulses[1].error.message.isEmpty());
    QCOMPARE(m_misp->requestCount(u"POST"_s, u"/events/publish"_s), 1);
    QVERIFY(eventFor(pulse[u"id"_s].toString())[u"Event"_s][u"published"_s].toBool());
}

void TestMispExport::badKeyFailsClearly()
{
    OTXDESK_REQUIRE_FIXTURES();
    OPEN_STORE(u"sqlite"_s);
    storePulses({f10Steps()[0]});
    m_misp->setApiKey(u"ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"_s);
    const MispExportOutcome outcome = exportPending();
    QCOMPARE(outcome.status, u"failed"_s);
    QCOMPARE(outcome.error.code, MispError::BadKey);
    QCOMPARE(m_misp->eventCount(), 0);
    // Nothing was recorded against the pulse: it still waits as never exported.
    ScopedConnection c(m_config, u"check"_s);
    MispExportStore store(c.db(), MispExportStore::serverKey(m_misp->baseUrl().toString()));
    QCOMPARE(store.pending().value().value(0).reason, MispPendingReason::New);
}

QTEST_GUILESS_MAIN(TestMispExport)
#include "TestMispExport.moc"
