#pragma once
#include <QtGlobal>

// Constants of the sync protocol shared by client and server.
namespace SyncProtocol {
// Version of the HTTP API (/api/v1).
constexpr int apiVersion = 1;
// Clocks further ahead of the receiver's wall clock than this are refused.
constexpr qint64 maxClockDriftMs = 5 * 60 * 1000;
} // namespace SyncProtocol
