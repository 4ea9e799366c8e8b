#pragma once
// Report rounds on the server: the write the CLI (`round create`) and POST /api/v1/rounds share,
// and the handlers of /api/v1/rounds.
#include "httproutes.h"
#include "rounds.h"

class Database;

namespace ServerRounds {
// Why create() refused.
enum class Outcome { Created, Invalid, Duplicate, Failed };
// Checks `r` (Rounds::validate, a name unique in its year), gives it an id and writes it with
// one audit entry per field by `by` from `device`, in one transaction. Invalid, Duplicate:
// *error starts with the field ("name: ...") and *field names it; Failed: a database error.
Outcome create(Database &db, Rounds::Round &r, const QString &by, const QString &device, QString *error,
               QString *field);
} // namespace ServerRounds

namespace HttpRoutes {
// POST /rounds {name, year, from, to, deadline, sections?}: controller or admin.
HttpApi::Response createRound(Call &call);
// GET /rounds: every live round, any logged-in user.
HttpApi::Response listRounds(Call &call);
} // namespace HttpRoutes
