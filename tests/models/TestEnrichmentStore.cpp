#include "models/Database.h"
#include "models/EnrichmentStore.h"
#include "models/PulseStore.h"
#include "tests/common/TestDatabases.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const qint64 T0 = 1'764'000'000'000; // late 2025

Pulse pulse(const QString &id, qint64 modifiedMs, const QList<std::pair<QString, QString>> &inds)
{
    Pulse p;
    p.otxId = id;
    p.name = u"Pulse "_s + id;
    p.createdMs = modifiedMs;
    p.modifiedMs = modifiedMs;
    p.revision = 1;
    p.rawJson = R"({"id": ")" + id.toUtf8() + R"("})";
    qint64 n = 1;
    for (const auto &[type, value] : inds) {
        PulseIndicator ind;
        ind.type = type;
        ind.value = value;
        ind.otxId = modifiedMs / 1000 + n++;
        p.indicators.append(ind);
    }
    return p;
}

qint64 indicatorId(QSqlDatabase db, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM indicators WHERE value = ?"_s);
    q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

bool addMispAttribute(QSqlDatabase db, const QString &uuid, qint64 indicator, int threat)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO misp_attributes (server, attribute_uuid, indicator_id, misp_type, "
              "threat_level, fetched_at) VALUES ('https://misp.example', ?, ?, 'ip-dst', ?, 0)"_s);
    q.addBindValue(uuid);
    q.addBindValue(indicator);
    q.addBindValue(threat);
    return q.exec();
}

QStringList values(const QList<EnrichItem> &items)
{
    QStringList out;
    for (const EnrichItem &i : items) {
        out.append(i.value);
    }
    return out;
}

const QStringList ENRICHABLE = {u"IPv4"_s, u"domain"_s};

} // namespace

// Which indicators wait for enrichment and in what order, results and summaries round trip,
// and the counts, on both engines.
class TestEnrichmentStore : public QObject
{
    Q_OBJECT

private slots:
    void pendingOrderResultsAndStats_data() { TestDatabases::addEngineRows(); }
    void pendingOrderResultsAndStats();
};

void TestEnrichmentStore::pendingOrderResultsAndStats()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"enrich"_s, true);
    QVERIFY(c.ok());
    PulseStore pulses(c.db());
    auto run = pulses.startRun(u"pulse"_s, {}, u"test"_s, std::nullopt);
    QVERIFY(run);
    // Pulse A is older than B; both carry shared.example; the e-mail cannot be enriched.
    const auto written = pulses.writePage(
            {pulse(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s,
                   T0,
                   {{u"IPv4"_s, u"192.0.2.1"_s},
                    {u"domain"_s, u"shared.example"_s},
                    {u"email"_s, u"x@example.org"_s}}),
             pulse(u"bbbbbbbbbbbbbbbbbbbbbbbb"_s,
                   T0 + 3600000,
                   {{u"IPv4"_s, u"192.0.2.2"_s}, {u"domain"_s, u"shared.example"_s}})},
            run.value());
    QVERIFY2(written, qPrintable(written.error().text()));

    EnrichmentStore store(c.db());
    // From MISP: one value seen only there in a High event, one in a Low event, and A's
    // address again in a Medium event.
    const qint64 high = store.upsertIndicator(u"IPv4"_s, u"198.51.100.3"_s, T0).value();
    const qint64 low = store.upsertIndicator(u"IPv4"_s, u"198.51.100.4"_s, T0).value();
    QCOMPARE(store.upsertIndicator(u"IPv4"_s, u"198.51.100.4"_s, T0).value(), low);
    QVERIFY(addMispAttribute(c.db(), u"u-high"_s, high, 1));
    QVERIFY(addMispAttribute(c.db(), u"u-low"_s, low, 3));
    QVERIFY(addMispAttribute(c.db(), u"u-medium"_s, indicatorId(c.db(), u"192.0.2.1"_s), 2));

    // High MISP first; then by newest pulse (B's two, by id); then A's; then Low MISP.
    QStringList fromB = {u"192.0.2.2"_s, u"shared.example"_s};
    std::sort(fromB.begin(), fromB.end(), [&](const QString &a, const QString &b) {
        return indicatorId(c.db(), a) < indicatorId(c.db(), b);
    });
    const QStringList expected =
            QStringList{u"198.51.100.3"_s} + fromB + QStringList{u"192.0.2.1"_s, u"198.51.100.4"_s};
    const qint64 staleBefore = T0 - 1;
    QCOMPARE(values(store.pendingItems(ENRICHABLE, staleBefore, -1).value()), expected);
    QCOMPARE(values(store.pendingItems(ENRICHABLE, staleBefore, 2).value()), expected.mid(0, 2));
    QVERIFY(store.pendingItems({}, staleBefore, -1)->isEmpty());

    const auto ofA = store.itemsOfPulse(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s);
    QVERIFY(ofA);
    QCOMPARE(ofA->size(), 3); // the e-mail too: the service counts it as not enrichable
    QCOMPARE(store.itemsOfPulse(u"cccccccccccccccccccccccc"_s).error().code, u"enrich.no_pulse"_s);

    // Results: B's address enriched now, the shared domain failed, the High one long ago.
    IndicatorResult enriched;
    enriched.indicatorId = indicatorId(c.db(), u"192.0.2.2"_s);
    enriched.status = EnrichStatus::Enriched;
    enriched.sections = {
            {u"general"_s, SectionStatus::Ok, 200, R"({"pulse_info":{"count":2}})", {}},
            {u"passive_dns"_s, SectionStatus::NotFound, 404, {}, {}}};
    enriched.summary.pulseCount = 2;
    enriched.summary.reputation = 0;
    enriched.summary.country = u"Brazil"_s;
    enriched.summary.malwareFamilies = {u"Emotet"_s, u"Qakbot"_s};
    enriched.summary.firstSeenMs = T0 - 1000;
    IndicatorResult failed;
    failed.indicatorId = indicatorId(c.db(), u"shared.example"_s);
    failed.status = EnrichStatus::Failed;
    failed.sections = {{u"general"_s, SectionStatus::Failed, 502, {}, u"HTTP 502"_s}};
    failed.error = u"HTTP 502"_s;
    QVERIFY(store.saveResults({enriched, failed}, T0 + 10));
    IndicatorResult old;
    old.indicatorId = high;
    old.status = EnrichStatus::NotFound;
    QVERIFY(store.saveResults({old}, T0 - 100000));

    QCOMPARE(store.summary(enriched.indicatorId).value(), std::optional(enriched.summary));
    QVERIFY(!store.summary(low).value());
    const auto sections = store.sections(enriched.indicatorId).value();
    QCOMPARE(sections.size(), 2);
    QCOMPARE(sections[0].section, u"general"_s);
    QCOMPARE(sections[0].body, QByteArray(R"({"pulse_info":{"count":2}})"));
    QCOMPARE(sections[1].httpStatus, 404);

    // Saving again replaces, never duplicates.
    enriched.summary.pulseCount = 3;
    QVERIFY(store.saveResults({enriched}, T0 + 20));
    QCOMPARE(store.summary(enriched.indicatorId).value()->pulseCount, std::optional<int>(3));
    QCOMPARE(store.sections(enriched.indicatorId)->size(), 2);

    // Waiting now: the stale High one, the failed domain, and the never-tried; not B's fresh
    // address.
    QCOMPARE(values(store.pendingItems(ENRICHABLE, staleBefore, -1).value()),
             (QStringList{u"198.51.100.3"_s,
                          u"shared.example"_s,
                          u"192.0.2.1"_s,
                          u"198.51.100.4"_s}));

    const EnrichStats stats = store.stats(ENRICHABLE, staleBefore).value();
    QCOMPARE(stats.total.enriched, 1);
    QCOMPARE(stats.total.stale, 1);
    QCOMPARE(stats.total.failed, 1);
    QCOMPARE(stats.total.never, 2);
    QCOMPARE(stats.total.notEnrichable, 1);
    QCOMPARE(stats.byType[u"IPv4"_s].never, 2);
    QCOMPARE(stats.byType[u"email"_s].notEnrichable, 1);
    QCOMPARE(stats.byType[u"domain"_s].failed, 1);
}

QTEST_GUILESS_MAIN(TestEnrichmentStore)
#include "TestEnrichmentStore.moc"
