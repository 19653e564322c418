#include "models/ItemModelSql.h"

#include "models/Database.h"
#include "models/Timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ItemModelSql {

QStringList listFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (v.isString()) {
            out << v.toString();
        }
    }
    return out;
}

Result<void> exec(QSqlQuery &query,
                  const QString &sql,
                  const QVariantList &bindings,
                  const char *what)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return Database::queryError(query, what);
    }
    for (const QVariant &value : bindings) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return Database::queryError(query, what);
    }
    return {};
}

std::optional<qint64> optionalMs(const QVariant &value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

QString localText(std::optional<qint64> msecs)
{
    if (!msecs) {
        return {};
    }
    return Timestamps::toDateTime(*msecs).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

QString utcText(std::optional<qint64> msecs)
{
    return msecs ? Timestamps::toIsoUtc(*msecs) : QString();
}

} // namespace ItemModelSql
