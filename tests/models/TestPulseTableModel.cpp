#include "models/Database.h"
#include "models/PulseStore.h"
#include "models/PulseTableModel.h"
#include "tests/common/TestDatabases.h"
#include "tests/models/ModelFixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// More than one batch, not a multiple of it.
constexpr int PULSE_COUNT = 600;

void fetchAll(QAbstractItemModel &model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
}

QStringList shownIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.index(row, 0).data(PulseTableModel::OtxIdRole).toString();
    }
    return ids;
}

// The sort key of a column as the store holds it: null, a number or text.
QVariant sortKey(const Pulse &p, int column)
{
    auto text = [](const QString &s) {
        return s.isEmpty() ? QVariant() : QVariant(s);
    };
    switch (column) {
    case PulseTableModel::Name:
        return p.name;
    case PulseTableModel::Author:
        return text(p.author);
    case PulseTableModel::Modified:
        return p.modifiedMs ? QVariant(*p.modifiedMs) : QVariant();
    case PulseTableModel::Tlp:
        return text(p.tlp);
    case PulseTableModel::Adversary:
        return text(p.adversary);
    case PulseTableModel::IndicatorCount:
        return static_cast<qint64>(p.indicators.size());
    case PulseTableModel::Tags:
        return QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(p.tags)).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// ORDER BY key NULLS LAST, id — ids follow the order the pulses were written in. A missing
// `modified` sorts as the engine places NULLs (indexed column): lowest on SQLite, highest on
// Postgres.
QStringList expectedOrder(const QList<Pulse> &pulses,
                          int column,
                          Qt::SortOrder order,
                          const QString &engine = u"sqlite"_s)
{
    QList<int> indexes(pulses.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(indexes.begin(), indexes.end(), [&](int a, int b) {
        const QVariant ka = sortKey(pulses.at(a), column);
        const QVariant kb = sortKey(pulses.at(b), column);
        if (ka.isNull() != kb.isNull()) {
            if (column != PulseTableModel::Modified) {
                return kb.isNull();
            }
            const bool nullIsHighest = engine == u"postgres"_s;
            const bool aFirst = ka.isNull() != nullIsHighest; // in ascending order
            return ascending ? aFirst : !aFirst;
        }
        int cmp = 0;
        if (!ka.isNull()) {
            if (ka.typeId() == QMetaType::QString) {
                cmp = ka.toString().compare(kb.toString());
            } else {
                cmp = ka.toLongLong() < kb.toLongLong() ? -1 : ka.toLongLong() > kb.toLongLong();
            }
        }
        if (cmp == 0) {
            cmp = a < b ? -1 : a > b;
        }
        return ascending ? cmp < 0 : cmp > 0;
    });
    QStringList ids;
    for (int i : indexes) {
        ids << pulses.at(i).otxId;
    }
    return ids;
}

QStringList expectedMatches(const QList<Pulse> &pulses, const PulseFilter &filter)
{
    QStringList ids;
    for (const Pulse &p : pulses) {
        if (ModelFixtures::matches(p, filter)) {
            ids << p.otxId;
        }
    }
    ids.sort();
    return ids;
}

} // namespace

class TestPulseTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passesModelTester_data() { TestDatabases::addEngineRows(); }
    void passesModelTester();
    void loadsLazilyInBatches_data() { TestDatabases::addEngineRows(); }
    void loadsLazilyInBatches();
    void sortsEveryColumn_data() { TestDatabases::addEngineRows(); }
    void sortsEveryColumn();
    void filters_data() { TestDatabases::addEngineRows(); }
    void filters();
    void unlinkedIndicatorsDoNotMatch_data() { TestDatabases::addEngineRows(); }
    void unlinkedIndicatorsDoNotMatch();
    void loadsOnePulse_data() { TestDatabases::addEngineRows(); }
    void loadsOnePulse();
    void refreshShowsNewPulses_data() { TestDatabases::addEngineRows(); }
    void refreshShowsNewPulses();
    void rolesAndDisplay_data() { TestDatabases::addEngineRows(); }
    void rolesAndDisplay();

private:
    /// Opens the row's engine, writes the fixture pulses; false when the test was skipped.
    bool setUpStore(const QString &engine);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScopedConnection> m_connection;
    QList<Pulse> m_pulses;
};

void TestPulseTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_pulses = ModelFixtures::pulses(PULSE_COUNT);
}

void TestPulseTableModel::cleanup()
{
    m_connection.reset();
    m_dir.reset();
}

bool TestPulseTableModel::setUpStore(const QString &engine)
{
    // OTXDESK_REQUIRE_ENGINE returns from the function on skip; this wrapper reports that.
    bool ready = false;
    [&] {
        OTXDESK_REQUIRE_ENGINE(engine, *m_dir);
        m_connection = std::make_unique<ScopedConnection>(config, u"model-test"_s);
        QVERIFY2(m_connection->ok(), qPrintable(m_connection->error().text()));
        PulseStore store(m_connection->db());
        QVERIFY(ModelFixtures::writeAll(store, m_pulses));
        ready = true;
    }();
    return ready;
}

#define SET_UP_STORE()         \
    QFETCH(QString, engine);   \
    if (!setUpStore(engine)) { \
        return;                \
    }

void TestPulseTableModel::passesModelTester()
{
    SET_UP_STORE();
    PulseTableModel model(m_connection->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Qt 6.4's tester calls fetchMore() from its modelReset handler before it has marked the
    // reset finished, then reports the rows it fetched as inserted during the reset. The test
    // fetches explicitly instead, outside any reset, where the tester checks the insertions.
    tester.setUseFetchMore(false);
    fetchAll(model);
    model.sort(PulseTableModel::Name, Qt::AscendingOrder);
    model.setFilter(PulseFilter{.text = u"phishing"_s});
    fetchAll(model);
    model.setFilter({});
    QCOMPARE(model.rowCount(), PulseTableModel::BATCH_SIZE);
}

void TestPulseTableModel::loadsLazilyInBatches()
{
    SET_UP_STORE();
    PulseTableModel model(m_connection->db());
    QCOMPARE(model.rowCount(), PulseTableModel::BATCH_SIZE);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.matchingCount(), std::optional<qint64>(PULSE_COUNT));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * PulseTableModel::BATCH_SIZE);
    fetchAll(model);
    QCOMPARE(model.rowCount(), PULSE_COUNT);
    QVERIFY(!model.canFetchMore({}));
    // Default order: newest modified first.
    QCOMPARE(shownIds(model),
             expectedOrder(m_pulses, PulseTableModel::Modified, Qt::DescendingOrder, engine));
}

void TestPulseTableModel::sortsEveryColumn()
{
    SET_UP_STORE();
    PulseTableModel model(m_connection->db());
    for (int column = 0; column < PulseTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            fetchAll(model);
            QCOMPARE(model.sortColumn(), column);
            QCOMPARE(shownIds(model), expectedOrder(m_pulses, column, order, engine));
        }
    }
}

void TestPulseTableModel::filters()
{
    SET_UP_STORE();
    PulseTableModel model(m_connection->db());
    QSignalSpy counted(&model, &PulseTableModel::countChanged);
    const qint64 modifiedFrom = ModelFixtures::BASE_MS + 100 * ModelFixtures::HOUR_MS;
    const qint64 modifiedTo = ModelFixtures::BASE_MS + 250 * ModelFixtures::HOUR_MS;
    struct Case
    {
        const char *name;
        PulseFilter filter;
        bool empty = false; ///< the case is meant to match nothing
    };
    const QList<Case> cases = {
            {"name, any case", {.text = u"PHISHING wave 01"_s}},
            {"description", {.text = u"cobalt strike beacons"_s}},
            {"tag text", {.text = u"phishing-k"_s}},
            {"LIKE wildcards are literal", {.text = u"100%"_s}},
            {"underscore is literal", {.text = u"wave_0"_s}, true},
            {"exact indicator", {.text = u"10.0.1.44"_s}},
            {"indicator prefix", {.text = u"host12"_s}},
            {"shared indicator", {.text = u"shared.evil.com"_s}},
            {"indicator typed in upper case", {.text = u"HOST7.EXAMPLE.COM"_s}},
            {"short text matches values exactly only", {.text = u"10."_s}, true},
            {"hash normalised to lower case", {.text = m_pulses.at(3).indicators.last().value}},
            {"pulse id", {.text = m_pulses.at(42).otxId.toUpper()}},
            {"tlp", {.tlp = u"amber"_s}},
            {"adversary substring", {.adversary = u"lazarus"_s}},
            {"malware family", {.malwareFamily = u"trickbot"_s}},
            {"attack id prefix", {.attackId = u"T1566"_s}},
            {"attack id exact", {.attackId = u"t1059"_s}},
            {"whole tag", {.tag = u"phishing"_s}},
            {"tag any case", {.tag = u"apt"_s}},
            {"modified range", {.modifiedFromMs = modifiedFrom, .modifiedToMs = modifiedTo}},
            {"combined",
             {.text = u"wave"_s, .tlp = u"white"_s, .adversary = u"apt"_s, .tag = u"phishing"_s}},
            {"nothing", {.text = u"no such pulse anywhere"_s}, true},
    };
    for (const Case &c : cases) {
        const PulseFilter &filter = c.filter;
        model.setFilter(filter);
        fetchAll(model);
        QStringList ids = shownIds(model);
        ids.sort();
        const QStringList expected = expectedMatches(m_pulses, filter);
        QVERIFY2(ids == expected,
                 qPrintable(u"%1: %2 shown, %3 expected"_s.arg(QLatin1String(c.name))
                                    .arg(ids.size())
                                    .arg(expected.size())));
        QCOMPARE(model.matchingCount(), std::optional<qint64>(expected.size()));
        QVERIFY(model.lastError().message.isEmpty());
        // The case is not vacuous: it matches something unless it is meant not to.
        QVERIFY2(expected.isEmpty() == c.empty, c.name);
    }
    QCOMPARE(counted.size(), cases.size());
}

void TestPulseTableModel::unlinkedIndicatorsDoNotMatch()
{
    SET_UP_STORE();
    PulseStore store(m_connection->db());
    // Revision 2 of pulse 5 drops its domain indicator: the link stays, unlinked.
    Pulse changed = m_pulses.at(5);
    changed.revision = 2;
    const QString dropped = changed.indicators.takeAt(1).value;
    QVERIFY(ModelFixtures::writeAll(store, {changed}));
    PulseTableModel model(m_connection->db());
    model.setFilter({.text = dropped});
    QCOMPARE(model.rowCount(), 0);
    // The indicator it kept still finds it.
    QList<Pulse> now = m_pulses;
    now[5] = changed;
    const PulseFilter kept{.text = changed.indicators.first().value};
    model.setFilter(kept);
    fetchAll(model);
    QStringList ids = shownIds(model);
    ids.sort();
    QVERIFY(ids.contains(changed.otxId));
    QCOMPARE(ids, expectedMatches(now, kept));
}

void TestPulseTableModel::loadsOnePulse()
{
    SET_UP_STORE();
    PulseTableModel model(m_connection->db());
    model.setFilter({.text = m_pulses.at(11).name});
    QCOMPARE(model.rowCount(), 1);
    const auto loaded = model.loadPulse(model.pulseRowId(0));
    QVERIFY2(loaded, qPrintable(loaded.error().text()));
    const Pulse &want = m_pulses.at(11);
    QCOMPARE(loaded->otxId, want.otxId);
    QCOMPARE(loaded->name, want.name);
    QCOMPARE(loaded->description, want.description);
    QCOMPARE(loaded->tags, want.tags);
    QCOMPARE(loaded->references, want.references);
    QCOMPARE(loaded->attackIds, want.attackIds);
    QCOMPARE(loaded->malwareFamilies, want.malwareFamilies);
    QCOMPARE(loaded->targetedCountries, want.targetedCountries);
    QCOMPARE(loaded->industries, want.industries);
    QCOMPARE(loaded->modifiedMs, want.modifiedMs);
    QCOMPARE(loaded->declaredIndicatorCount, want.indicators.size());
    QCOMPARE(model.rowOfPulse(model.pulseRowId(0)), 0);
    QCOMPARE(model.rowOfPulse(-1), -1);
    QVERIFY(!model.loadPulse(-1));
}

void TestPulseTableModel::refreshShowsNewPulses()
{
    SET_UP_STORE();
    PulseTableModel model(m_connection->db());
    model.setFilter({.text = u"brand new"_s});
    QCOMPARE(model.rowCount(), 0);
    Pulse fresh = ModelFixtures::pulse(PULSE_COUNT, PULSE_COUNT + 1);
    fresh.name = u"Brand new pulse"_s;
    PulseStore store(m_connection->db());
    QVERIFY(ModelFixtures::writeAll(store, {fresh}));
    QCOMPARE(model.rowCount(), 0);
    model.refresh();
    QCOMPARE(shownIds(model), QStringList{fresh.otxId});
}

void TestPulseTableModel::rolesAndDisplay()
{
    SET_UP_STORE();
    PulseTableModel model(m_connection->db());
    model.setFilter({.text = m_pulses.at(12).name});
    QCOMPARE(model.rowCount(), 1);
    const Pulse &want = m_pulses.at(12);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(PulseTableModel::Name).toString(), want.name);
    QCOMPARE(cell(PulseTableModel::Tlp).toString(), want.tlp.toUpper());
    QCOMPARE(cell(PulseTableModel::Adversary).toString(), want.adversary);
    QCOMPARE(cell(PulseTableModel::IndicatorCount).toInt(), want.indicators.size());
    QCOMPARE(cell(PulseTableModel::Tags).toString(), want.tags.join(u", "_s));
    QCOMPARE(cell(0, PulseTableModel::TagsRole).toStringList(), want.tags);
    QCOMPARE(cell(0, PulseTableModel::ModifiedMsRole).toLongLong(), *want.modifiedMs);
    const QDateTime utc = cell(0, PulseTableModel::ModifiedUtcRole).toDateTime();
    QCOMPARE(utc.toMSecsSinceEpoch(), *want.modifiedMs);
    QCOMPARE(utc.timeSpec(), Qt::UTC);
    QCOMPARE(cell(PulseTableModel::Modified).toString(),
             utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    QVERIFY(cell(0, PulseTableModel::PulseRowIdRole).toLongLong() > 0);
}

QTEST_GUILESS_MAIN(TestPulseTableModel)
#include "TestPulseTableModel.moc"
