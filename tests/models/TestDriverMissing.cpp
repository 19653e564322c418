#include "models/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Field case F17: the QPSQL plugin is absent. The plugin path is pointed at an empty folder
// before any SQL driver is loaded, so Qt finds no driver plugin at all.
class TestDriverMissing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void missingQpsqlIsNamed();
    void openFailsBeforeAnyJob();

private:
    QTemporaryDir m_emptyPlugins;
};

void TestDriverMissing::initTestCase()
{
    QCoreApplication::setLibraryPaths({m_emptyPlugins.path()});
    QVERIFY(!QSqlDatabase::drivers().contains(u"QPSQL"_s));
}

void TestDriverMissing::missingQpsqlIsNamed()
{
    DatabaseConfig config;
    config.engine = DatabaseConfig::Engine::Postgres;
    config.host = u"127.0.0.1"_s;
    config.database = u"otx"_s;
    config.user = u"otx_app"_s;
    const auto check = Database::checkDriver(config);
    QVERIFY(!check);
    QVERIFY(check.error().message.contains(u"QPSQL"_s));
    QVERIFY(check.error().message.contains(u"libpq"_s));
    QVERIFY(check.error().message.contains(u"SQLite"_s)); // offers the alternative
}

void TestDriverMissing::openFailsBeforeAnyJob()
{
    DatabaseConfig config;
    config.engine = DatabaseConfig::Engine::Postgres;
    ScopedConnection c(config, u"test"_s, true);
    QVERIFY(!c.ok());
    QVERIFY(c.error().message.contains(u"QPSQL"_s));
}

QTEST_GUILESS_MAIN(TestDriverMissing)
#include "TestDriverMissing.moc"
