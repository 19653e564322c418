#pragma once

#include "models/Enrichment.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class EnrichmentStore;
class MispClient;

/// Which MISP attributes to enrich.
struct MispAttributeQuery
{
    QStringList types;         ///< MISP types (ip-dst, domain, md5, ...); empty: all
    std::optional<bool> toIds; ///< only IDS attributes, only non-IDS, or both
    int lastDays = 0;          ///< events published within the last N days; 0: any time
    QList<int> threatLevels = {1, 2, 3, 4}; ///< of the attributes' events (1 High … 4 Undefined)
    int pageSize = 1000;
};

/// What a pull brought.
struct MispPullResult
{
    int attributes = 0;      ///< attributes MISP returned
    int skipped = 0;         ///< of MISP types that are no OTX indicator type
    int pages = 0;           ///< requests made
    QList<EnrichItem> items; ///< their indicators, High-threat events first, once each
};

/// Pulls attributes from MISP's `/attributes/restSearch`, ties each to its indicator in the
/// store (misp_attributes) and lists the indicators to enrich.
namespace MispAttributes {

/// The OTX type for a MISP attribute type and value, and the value to look up (the indicator
/// half of composite types such as `ip-dst|port` or `filename|sha256`); nullopt when the MISP
/// type has no OTX counterpart.
std::optional<std::pair<QString, QString>> otxIndicator(const QString &mispType,
                                                        const QString &value);

/// One restSearch per threat level (the attribute replies do not carry their event's level),
/// each paged by `pageSize` until a page comes back short; the loop ends even when MISP ignores
/// the page size or reports a wrong count (X-Result-Count is not read), and a page that brings
/// nothing new ends it too.
Result<MispPullResult> pull(MispClient &client,
                            EnrichmentStore &store,
                            const MispAttributeQuery &query,
                            const QString &server,
                            qint64 nowMs,
                            const std::function<bool()> &isCancelled);

} // namespace MispAttributes
