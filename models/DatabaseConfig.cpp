#include "models/DatabaseConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QStringList SSL_MODES =
        {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};

} // namespace

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &url)
{
    DatabaseConfig config;
    if (url.startsWith(u"sqlite:"_s)) {
        config.engine = Engine::Sqlite;
        config.sqlitePath = url.mid(7);
        if (config.sqlitePath.startsWith(u"//"_s)) {
            config.sqlitePath = QUrl(url).toLocalFile();
        }
        if (config.sqlitePath.isEmpty()) {
            return Error{QCoreApplication::translate("DatabaseConfig",
                                                     "The SQLite database needs a file path, "
                                                     "as in sqlite:/home/me/otxdesk.db."),
                         {}};
        }
        return config;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid()
        || (parsed.scheme() != u"postgresql"_s && parsed.scheme() != u"postgres"_s)) {
        return Error{
                QCoreApplication::translate("DatabaseConfig",
                                            "The database must be sqlite:PATH or "
                                            "postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE]."),
                {}};
    }
    config.engine = Engine::Postgres;
    config.host = parsed.host();
    config.port = parsed.port(5432);
    config.database = parsed.path().mid(1);
    config.user = parsed.userName();
    config.password = parsed.password();
    const QUrlQuery query(parsed);
    if (query.hasQueryItem(u"sslmode"_s)) {
        config.sslMode = query.queryItemValue(u"sslmode"_s);
    }
    if (config.host.isEmpty() || config.database.isEmpty()) {
        return Error{QCoreApplication::translate("DatabaseConfig",
                                                 "The Postgres URL needs a host and a database "
                                                 "name, as in postgresql://me@127.0.0.1/otxdesk."),
                     {}};
    }
    if (!SSL_MODES.contains(config.sslMode)) {
        return Error{QCoreApplication::translate("DatabaseConfig",
                                                 "Unknown sslmode \"%1\"; use one of %2.")
                             .arg(config.sslMode, SSL_MODES.join(u", "_s)),
                     {}};
    }
    return config;
}

QString DatabaseConfig::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(u"otxdesk.sqlite"_s);
}

QString DatabaseConfig::displayName() const
{
    if (engine == Engine::Sqlite) {
        return u"sqlite:"_s + sqlitePath;
    }
    return u"postgresql://%1@%2:%3/%4?sslmode=%5"_s.arg(user,
                                                        host,
                                                        QString::number(port),
                                                        database,
                                                        sslMode);
}

QString DatabaseConfig::passwordKeychainKey() const
{
    return u"postgres:%1@%2:%3/%4"_s.arg(user, host, QString::number(port), database);
}
