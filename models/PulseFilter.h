#pragma once

#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

/// A WHERE condition with positional `?` placeholders and the values to bind, in order.
struct SqlCondition
{
    QString sql; ///< empty when nothing is filtered; otherwise "(...)" without the WHERE keyword
    QVariantList bindings;

    bool isEmpty() const { return sql.isEmpty(); }
};

/// What the pulse browser shows. Empty fields do not filter. Text comparisons are
/// case-insensitive (LOWER(...) LIKE LOWER(?), the same spelling on SQLite and Postgres; SQLite
/// folds ASCII letters only).
struct PulseFilter
{
    /// Matches pulse name, description and tags as a substring, the OTX pulse id exactly, and
    /// indicator values exactly or by prefix (prefix from four characters on). Indicators are
    /// matched through the index on indicators(value): a substring scan over millions of
    /// indicators would take seconds per keystroke.
    QString text;
    QString tlp;           ///< exact, lower case ("white", "green", "amber", "red")
    QString adversary;     ///< substring
    QString malwareFamily; ///< substring of any family
    QString attackId;      ///< prefix of any ATT&CK id, so "T1566" also finds "T1566.001"
    QString tag;           ///< one whole tag
    std::optional<qint64> modifiedFromMs; ///< inclusive, ms since the epoch, UTC
    std::optional<qint64> modifiedToMs;   ///< inclusive

    bool isEmpty() const;
    bool operator==(const PulseFilter &other) const = default;

    /// The condition over the table `pulses` aliased as `alias`.
    SqlCondition toSql(const QString &alias = QStringLiteral("p")) const;

    /// For remembering the filter between runs (QSettings-friendly values only).
    QVariantMap toVariantMap() const;
    static PulseFilter fromVariantMap(const QVariantMap &map);
};

namespace PulseFilterSql {

/// `text` with LIKE's wildcards and the escape character escaped for `ESCAPE '\'`.
QString escapeLike(const QString &text);

/// The inside of a JSON string literal for `text` (no surrounding quotes), spelled as the store
/// writes list fields (QJsonDocument, compact), so that it can be looked for inside them.
QString jsonStringBody(const QString &text);

/// The smallest string greater than every string that starts with `prefix` (code-point order):
/// `value >= prefix AND value < upperBound(prefix)` is a prefix match an index can serve.
QString prefixUpperBound(const QString &prefix);

} // namespace PulseFilterSql
