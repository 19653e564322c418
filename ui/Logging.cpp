#include "ui/Logging.h"

Q_LOGGING_CATEGORY(lcUi, "otxdesk.ui", QtInfoMsg)
