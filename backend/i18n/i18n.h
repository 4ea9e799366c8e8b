#pragma once
// Installs the translation of a language ("sv", the default, or "en": the strings' own
// language) on the running application, for the process's lifetime.
#include <QString>

namespace I18n {
// True when every catalogue of the language was loaded ("en" needs none).
bool install(const QString &language);
} // namespace I18n
