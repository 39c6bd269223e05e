#pragma once

#include <QString>

#include <cstdint>

namespace kiosk::test {

/// A test-only SQLite VFS that simulates a power cut, after SQLite's own crash tests (test6.c). It wraps
/// the unix VFS and becomes the process's default, so the project's code (Journal, CacheStore,
/// SyncRunner) opens its files through it unchanged. A write to a file under the watched directory goes
/// to the file at once, as into the OS page cache, but stays volatile until that file's xSync: the shim
/// keeps the last synced content of every sector it changes, the synced size, and which files were
/// created since their last sync. At the cut (the Nth write, truncate or sync since arm(), or cutNow())
/// the device is gone: every later read, write, truncate, sync or delete of a watched file fails with
/// SQLITE_IOERR, so no caller can believe a write after it succeeded. Once every watched file is closed,
/// applyCut() leaves on disk what a power loss could: each unsynced sector back to its synced bytes (or,
/// torn, each one at random kept, dropped or its unsynced bytes turned to garbage), the synced size, and
/// a file created since its last sync gone. xSync only moves the model's durability line: it never calls
/// fsync, the model decides what survives, so a cut costs no disk flush.
///
/// Assumed, as the unix VFS declares (SQLITE_IOCAP_POWERSAFE_OVERWRITE): a torn sector damages only the
/// bytes written to it since the last sync. Deleting a file counts as durable at once.
class PowerCutVfs
{
public:
    struct Plan
    {
        std::uint64_t seed = 0; ///< decides the torn sectors' fate and garbage
        std::int64_t cutAt
            = 0; ///< the write/truncate/sync (1-based, since arm()) at which power fails; 0: none
        bool torn = false; ///< unsynced sectors survive at random, some as garbage; else all are dropped
    };

    /// What applyCut() did to the files.
    struct Damage
    {
        int files = 0; ///< watched files the cut found
        int sectorsDropped = 0; ///< unsynced sectors back to their synced bytes
        int sectorsKept = 0; ///< unsynced sectors that reached the disk anyway (torn)
        int sectorsGarbage = 0; ///< unsynced bytes left as garbage (torn)
        int filesRemoved = 0; ///< created and never synced: the directory entry did not survive
        int sizesReverted = 0; ///< files back to their synced size
    };

    /// Registers the shim as the default VFS (once per process) and returns it.
    static PowerCutVfs &install();

    /// Files under @p directory are watched from now on (main databases, WALs and rollback journals);
    /// anything else passes straight to the unix VFS.
    void watch(const QString &directory);
    /// Starts counting writes, truncates and syncs from zero, with power failing at plan.cutAt.
    void arm(const Plan &plan);
    /// Power fails now (a cut after the last write or sync).
    void cutNow();
    bool isCut() const;
    /// The file whose write, truncate or sync the power failed in; empty before a cut and after cutNow().
    QString cutFile() const;
    /// Writes, truncates and syncs of watched files since arm().
    std::int64_t events() const;
    /// Watched files SQLite holds open.
    int openFiles() const;
    /// Leaves on disk what the cut left and forgets every file's history (the next arm() starts from what
    /// is on disk). Needs every watched file closed; false (and nothing done) otherwise.
    bool applyCut(Damage *damage = nullptr);
    /// Without a cut: everything written so far counts as synced (a clean shutdown), history forgotten.
    /// Needs every watched file closed, like applyCut().
    bool settle();
};

} // namespace kiosk::test
