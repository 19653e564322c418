#include "models/Logging.h"

Q_LOGGING_CATEGORY(lcDatabase, "otxdesk.models.database", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "otxdesk.models.store", QtInfoMsg)
