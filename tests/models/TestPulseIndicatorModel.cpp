#include "models/Database.h"
#include "models/PulseIndicatorModel.h"
#include "models/PulseStore.h"
#include "tests/common/TestDatabases.h"
#include "tests/models/ModelFixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// More indicators than one batch holds.
constexpr int BIG_PULSE_INDICATORS = 700;

void fetchAll(QAbstractItemModel &model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << model.index(row, column).data(role).toString();
    }
    return out;
}

// A pulse with many indicators of three types; every fourth value is an upper-case hash.
Pulse bigPulse()
{
    Pulse p = ModelFixtures::pulse(0, 1);
    p.otxId = u"aaaaaaaaaaaaaaaaaaaaaaaa"_s;
    p.name = u"Big pulse"_s;
    p.indicators.clear();
    for (int i = 0; i < BIG_PULSE_INDICATORS; ++i) {
        const qint64 id = 100000 + i;
        switch (i % 4) {
        case 0:
            p.indicators << ModelFixtures::indicator(
                    u"FileHash-MD5"_s,
                    u"%1"_s.arg(i, 32, 16, QLatin1Char('0')).toUpper(),
                    id);
            break;
        case 1:
        case 2:
            p.indicators << ModelFixtures::indicator(u"IPv4"_s,
                                                     u"192.0.%1.%2"_s.arg(i / 256).arg(i % 256),
                                                     id);
            break;
        default:
            p.indicators << ModelFixtures::indicator(u"domain"_s, u"d%1.example.net"_s.arg(i), id);
            break;
        }
    }
    return p;
}

qint64 pulseRowId(QSqlDatabase &db, const QString &otxId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM pulses WHERE otx_id = ?"_s);
    q.addBindValue(otxId);
    if (!q.exec() || !q.next()) {
        return 0;
    }
    return q.value(0).toLongLong();
}

} // namespace

class TestPulseIndicatorModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passesModelTester_data() { TestDatabases::addEngineRows(); }
    void passesModelTester();
    void showsLinkedIndicatorsInBatches_data() { TestDatabases::addEngineRows(); }
    void showsLinkedIndicatorsInBatches();
    void filtersByType_data() { TestDatabases::addEngineRows(); }
    void filtersByType();
    void sortsByValue_data() { TestDatabases::addEngineRows(); }
    void sortsByValue();
    void hidesUnlinkedIndicators_data() { TestDatabases::addEngineRows(); }
    void hidesUnlinkedIndicators();
    void showsFields_data() { TestDatabases::addEngineRows(); }
    void showsFields();

private:
    bool setUpStore(const QString &engine);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScopedConnection> m_connection;
    Pulse m_big;
    QList<Pulse> m_small;
    qint64 m_bigId = 0;
};

void TestPulseIndicatorModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_big = bigPulse();
    m_small = ModelFixtures::pulses(12);
}

void TestPulseIndicatorModel::cleanup()
{
    m_connection.reset();
    m_dir.reset();
}

bool TestPulseIndicatorModel::setUpStore(const QString &engine)
{
    bool ready = false;
    [&] {
        OTXDESK_REQUIRE_ENGINE(engine, *m_dir);
        m_connection = std::make_unique<ScopedConnection>(config, u"model-test"_s);
        QVERIFY2(m_connection->ok(), qPrintable(m_connection->error().text()));
        PulseStore store(m_connection->db());
        QVERIFY(ModelFixtures::writeAll(store, m_small + QList<Pulse>{m_big}));
        m_bigId = pulseRowId(m_connection->db(), m_big.otxId);
        QVERIFY(m_bigId > 0);
        ready = true;
    }();
    return ready;
}

#define SET_UP_STORE()         \
    QFETCH(QString, engine);   \
    if (!setUpStore(engine)) { \
        return;                \
    }

void TestPulseIndicatorModel::passesModelTester()
{
    SET_UP_STORE();
    PulseIndicatorModel model(m_connection->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Qt 6.4's tester calls fetchMore() from its modelReset handler before it has marked the
    // reset finished, then reports the rows it fetched as inserted during the reset. The test
    // fetches explicitly instead, outside any reset, where the tester checks the insertions.
    tester.setUseFetchMore(false);
    QCOMPARE(model.rowCount(), 0);
    model.setPulse(m_bigId);
    fetchAll(model);
    model.setTypeFilter(u"domain"_s);
    model.sort(PulseIndicatorModel::Created, Qt::DescendingOrder);
    fetchAll(model);
    model.setPulse(pulseRowId(m_connection->db(), m_small.at(3).otxId));
    model.setPulse(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestPulseIndicatorModel::showsLinkedIndicatorsInBatches()
{
    SET_UP_STORE();
    PulseIndicatorModel model(m_connection->db());
    QSignalSpy counted(&model, &PulseIndicatorModel::countChanged);
    model.setPulse(m_bigId);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(model.rowCount(), PulseIndicatorModel::BATCH_SIZE);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.matchingCount(), std::optional<qint64>(BIG_PULSE_INDICATORS));
    fetchAll(model);
    QCOMPARE(model.rowCount(), BIG_PULSE_INDICATORS);
    QStringList values = column(model, PulseIndicatorModel::Value);
    QCOMPARE(QSet<QString>(values.cbegin(), values.cend()).size(), BIG_PULSE_INDICATORS);
}

void TestPulseIndicatorModel::filtersByType()
{
    SET_UP_STORE();
    PulseIndicatorModel model(m_connection->db());
    model.setPulse(m_bigId);
    QStringList expectedTypes;
    for (const PulseIndicator &ind : std::as_const(m_big.indicators)) {
        if (!expectedTypes.contains(ind.type)) {
            expectedTypes << ind.type;
        }
    }
    expectedTypes.sort();
    QCOMPARE(model.types(), expectedTypes);
    for (const QString &type : std::as_const(expectedTypes)) {
        const auto expected =
                std::count_if(m_big.indicators.cbegin(),
                              m_big.indicators.cend(),
                              [&](const PulseIndicator &i) { return i.type == type; });
        model.setTypeFilter(type);
        fetchAll(model);
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(model.matchingCount(), std::optional<qint64>(expected));
        QCOMPARE(model.typeCount(type), expected);
        const QStringList types = column(model, PulseIndicatorModel::Type);
        QVERIFY(std::all_of(types.cbegin(), types.cend(), [&](const QString &t) {
            return t == type;
        }));
    }
    // Another pulse without that type: the filter falls back to all types.
    model.setTypeFilter(u"IPv4"_s);
    const Pulse &small = m_small.at(1); // IPv4 and domain only
    model.setPulse(pulseRowId(m_connection->db(), small.otxId));
    QCOMPARE(model.typeFilter(), u"IPv4"_s);
    QCOMPARE(model.rowCount(), 1);
    model.setTypeFilter(u"FileHash-MD5"_s);
    QCOMPARE(model.typeFilter(), QString());
    QCOMPARE(model.rowCount(), small.indicators.size());
}

void TestPulseIndicatorModel::sortsByValue()
{
    SET_UP_STORE();
    PulseIndicatorModel model(m_connection->db());
    model.setPulse(m_bigId);
    QStringList expected;
    for (const PulseIndicator &ind : std::as_const(m_big.indicators)) {
        expected << ind.value;
    }
    std::sort(expected.begin(), expected.end());
    model.sort(PulseIndicatorModel::Value, Qt::AscendingOrder);
    fetchAll(model);
    QCOMPARE(column(model, PulseIndicatorModel::Value), expected);
    model.sort(PulseIndicatorModel::Value, Qt::DescendingOrder);
    fetchAll(model);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(column(model, PulseIndicatorModel::Value), expected);
}

void TestPulseIndicatorModel::hidesUnlinkedIndicators()
{
    SET_UP_STORE();
    Pulse changed = m_small.at(6);
    changed.revision = 2;
    const PulseIndicator dropped = changed.indicators.takeFirst();
    PulseStore store(m_connection->db());
    QVERIFY(ModelFixtures::writeAll(store, {changed}));
    PulseIndicatorModel model(m_connection->db());
    model.setPulse(pulseRowId(m_connection->db(), changed.otxId));
    QCOMPARE(model.rowCount(), changed.indicators.size());
    QVERIFY(!column(model, PulseIndicatorModel::Value).contains(dropped.value));
}

void TestPulseIndicatorModel::showsFields()
{
    SET_UP_STORE();
    const Pulse &p = m_small.at(3); // has an upper-case MD5
    PulseIndicatorModel model(m_connection->db());
    model.setPulse(pulseRowId(m_connection->db(), p.otxId));
    model.setTypeFilter(u"FileHash-MD5"_s);
    QCOMPARE(model.rowCount(), 1);
    const PulseIndicator &want = p.indicators.last();
    auto cell = [&](int c, int role = Qt::DisplayRole) {
        return model.index(0, c).data(role);
    };
    QCOMPARE(cell(PulseIndicatorModel::Type).toString(), want.type);
    QCOMPARE(cell(PulseIndicatorModel::Value).toString(), want.value); // as OTX sent it
    QCOMPARE(cell(0, PulseIndicatorModel::RawValueRole).toString(), want.value);
    QCOMPARE(cell(PulseIndicatorModel::Title).toString(), want.title);
    QCOMPARE(cell(PulseIndicatorModel::Role).toString(), want.role);
    QCOMPARE(cell(0, PulseIndicatorModel::CreatedMsRole).toLongLong(), *want.createdMs);
    QCOMPARE(cell(0, PulseIndicatorModel::ExpirationMsRole).isNull(), !want.expirationMs);
    QCOMPARE(cell(PulseIndicatorModel::Active).toString(),
             want.isActive ? PulseIndicatorModel::tr("yes") : PulseIndicatorModel::tr("no"));
}

QTEST_GUILESS_MAIN(TestPulseIndicatorModel)
#include "TestPulseIndicatorModel.moc"
