#pragma once

#include "models/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <optional>

class QSqlQuery;

/// Small pieces the item models share: reading list columns, binding, showing timestamps.
namespace ItemModelSql {

/// The list stored as JSON-array text (`["a","b"]`); empty for anything else.
QStringList listFromJson(const QString &text);

/// Prepares `sql`, binds `bindings` in order and runs it; the error names `what`.
Result<void> exec(QSqlQuery &query,
                  const QString &sql,
                  const QVariantList &bindings,
                  const char *what);

/// A nullable BIGINT column.
std::optional<qint64> optionalMs(const QVariant &value);

/// `2024-01-15 11:00` in the local time zone, for tables; empty when there is no time.
QString localText(std::optional<qint64> msecs);

/// `2024-01-15T10:00:00.000Z`, for tool tips; empty when there is no time.
QString utcText(std::optional<qint64> msecs);

} // namespace ItemModelSql
