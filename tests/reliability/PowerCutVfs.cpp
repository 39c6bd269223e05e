#include "PowerCutVfs.h"

#include <sqlite3.h>

#include <QDir>

#include <algorithm>
#include <array>
#include <atomic>
#include <bitset>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace kiosk::test {

namespace {

constexpr std::int64_t SectorSize = 512;

/// A sector changed since its file's last sync: the bytes it held then, and which bytes changed.
struct DirtySector
{
    std::array<unsigned char, SectorSize> synced {};
    std::bitset<SectorSize> changed;
};

/// What the model knows of one watched file beyond what is on disk.
struct FileHistory
{
    std::int64_t syncedSize = 0;
    bool createdUnsynced = false; ///< created and not synced since: its directory entry is volatile
    std::map<std::int64_t, DirtySector> dirty; ///< by sector index
    int handles = 0;
};

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
    FileHistory *history; ///< null for a file that is not watched
    const std::string *path; ///< the watched file's name (its key in Shim::files)
};

struct Shim
{
    sqlite3_vfs vfs {};
    sqlite3_vfs *unix = nullptr;
    sqlite3_io_methods methods {};
    std::recursive_mutex mutex;
    std::string root; ///< the watched directory, with a trailing '/'
    std::unordered_map<std::string, FileHistory> files;
    PowerCutVfs::Plan plan;
    std::int64_t events = 0;
    std::atomic<bool> cut { false };
    std::string cutFile; ///< the file whose write, truncate or sync the power failed in
    int openWatched = 0;
};

Shim &shim()
{
    static Shim instance;
    return instance;
}

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

FileHistory *history(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->history;
}

/// Counts a write, truncate or sync of a watched file; true when power fails at this one.
bool countEvent(Shim &s, sqlite3_file *file)
{
    ++s.events;
    if (s.plan.cutAt > 0 && s.events == s.plan.cutAt) {
        s.cut = true;
        s.cutFile = *reinterpret_cast<ShimFile *>(file)->path;
    }
    return s.cut;
}

/// Keeps the synced bytes of the sectors [offset, offset + amount) touches, once per sync period.
void rememberSynced(sqlite3_file *file, FileHistory &h, std::int64_t offset, std::int64_t amount)
{
    if (amount <= 0)
        return;
    for (std::int64_t sector = offset / SectorSize; sector <= (offset + amount - 1) / SectorSize; ++sector) {
        auto [it, inserted] = h.dirty.try_emplace(sector);
        if (inserted) {
            // A short read fills the rest with zeros; bytes past the synced size were never durable.
            real(file)->pMethods->xRead(
                real(file), it->second.synced.data(), int(SectorSize), sector * SectorSize);
            const std::int64_t syncedInSector
                = std::clamp<std::int64_t>(h.syncedSize - sector * SectorSize, 0, SectorSize);
            std::fill(it->second.synced.begin() + syncedInSector, it->second.synced.end(), 0);
        }
        const std::int64_t from = std::max(offset, sector * SectorSize) - sector * SectorSize;
        const std::int64_t to = std::min(offset + amount, (sector + 1) * SectorSize) - sector * SectorSize;
        for (std::int64_t i = from; i < to; ++i)
            it->second.changed.set(std::size_t(i));
    }
}

int shimClose(sqlite3_file *file)
{
    Shim &s = shim();
    const int rc = real(file)->pMethods->xClose(real(file));
    if (FileHistory *h = history(file)) {
        std::lock_guard lock(s.mutex);
        --h->handles;
        --s.openWatched;
    }
    return rc;
}

int shimRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    if (history(file) && shim().cut)
        return SQLITE_IOERR_READ;
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int shimWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    FileHistory *h = history(file);
    if (!h)
        return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    if (s.cut)
        return SQLITE_IOERR_WRITE;
    rememberSynced(file, *h, offset, amount);
    const int rc = real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
    // Power fails with this write in the page cache: it may or may not reach the disk.
    return countEvent(s, file) ? SQLITE_IOERR_WRITE : rc;
}

int shimTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    FileHistory *h = history(file);
    if (!h)
        return real(file)->pMethods->xTruncate(real(file), size);
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    if (s.cut || countEvent(s, file))
        return SQLITE_IOERR_TRUNCATE;
    sqlite3_int64 current = 0;
    real(file)->pMethods->xFileSize(real(file), &current);
    // The bytes cut off come back if the new size does not survive.
    rememberSynced(file, *h, size, std::min<std::int64_t>(current, h->syncedSize) - size);
    return real(file)->pMethods->xTruncate(real(file), size);
}

int shimSync(sqlite3_file *file, int flags)
{
    FileHistory *h = history(file);
    if (!h)
        return real(file)->pMethods->xSync(real(file), flags);
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    if (s.cut || countEvent(s, file))
        return SQLITE_IOERR_FSYNC; // power failed during the flush: nothing of it is known to be durable
    sqlite3_int64 size = 0;
    real(file)->pMethods->xFileSize(real(file), &size);
    h->syncedSize = size;
    h->dirty.clear();
    // The unix VFS syncs the directory at a new journal's or WAL's first sync (and ext4 commits a new
    // file's entry with its fsync): the file now survives.
    h->createdUnsynced = false;
    return SQLITE_OK;
}

int shimFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int shimLock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}

int shimUnlock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}

int shimCheckReservedLock(sqlite3_file *file, int *out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}

int shimFileControl(sqlite3_file *file, int op, void *arg)
{
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}

int shimSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int shimDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int shimShmMap(sqlite3_file *file, int page, int pageSize, int extend, volatile void **out)
{
    return real(file)->pMethods->xShmMap(real(file), page, pageSize, extend, out);
}

int shimShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void shimShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int shimShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int shimFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    return real(file)->pMethods->xFetch(real(file), offset, amount, out);
}

int shimUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, page);
}

bool isWatched(const Shim &s, const char *name, int flags)
{
    constexpr int durable
        = SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL;
    return name && !s.root.empty() && (flags & durable) && !(flags & SQLITE_OPEN_DELETEONCLOSE)
        && std::strncmp(name, s.root.c_str(), s.root.size()) == 0;
}

int shimOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    Shim &s = shim();
    auto *f = reinterpret_cast<ShimFile *>(file);
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    f->history = nullptr;
    f->path = nullptr;
    std::lock_guard lock(s.mutex);
    const bool watched = isWatched(s, name, flags);
    if (watched && s.cut)
        return SQLITE_CANTOPEN;
    const bool existed = watched && ::access(name, F_OK) == 0;
    const int rc = s.unix->xOpen(s.unix, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        return rc;
    }
    f->base.pMethods = &s.methods;
    if (watched) {
        auto [it, inserted] = s.files.try_emplace(name);
        if (inserted) {
            sqlite3_int64 size = 0;
            f->real->pMethods->xFileSize(f->real, &size);
            it->second.syncedSize = existed ? size : 0;
            it->second.createdUnsynced = !existed;
        }
        f->history = &it->second;
        f->path = &it->first;
        ++it->second.handles;
        ++s.openWatched;
    }
    return SQLITE_OK;
}

int shimDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    const bool watched = !s.root.empty() && std::strncmp(name, s.root.c_str(), s.root.size()) == 0;
    if (watched && s.cut)
        return SQLITE_IOERR_DELETE;
    const int rc = s.unix->xDelete(s.unix, name, syncDir);
    if (watched) {
        const auto it = s.files.find(name);
        if (it != s.files.end() && it->second.handles == 0)
            s.files.erase(it);
    }
    return rc;
}

int shimAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return shim().unix->xAccess(shim().unix, name, flags, out);
}

int shimFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return shim().unix->xFullPathname(shim().unix, name, size, out);
}

void *shimDlOpen(sqlite3_vfs *, const char *name)
{
    return shim().unix->xDlOpen(shim().unix, name);
}

void shimDlError(sqlite3_vfs *, int size, char *out)
{
    shim().unix->xDlError(shim().unix, size, out);
}

void (*shimDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return shim().unix->xDlSym(shim().unix, handle, symbol);
}

void shimDlClose(sqlite3_vfs *, void *handle)
{
    shim().unix->xDlClose(shim().unix, handle);
}

int shimRandomness(sqlite3_vfs *, int size, char *out)
{
    return shim().unix->xRandomness(shim().unix, size, out);
}

int shimSleep(sqlite3_vfs *, int microseconds)
{
    return shim().unix->xSleep(shim().unix, microseconds);
}

int shimCurrentTime(sqlite3_vfs *, double *out)
{
    return shim().unix->xCurrentTime(shim().unix, out);
}

int shimGetLastError(sqlite3_vfs *, int size, char *out)
{
    return shim().unix->xGetLastError(shim().unix, size, out);
}

int shimCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return shim().unix->xCurrentTimeInt64(shim().unix, out);
}

/// Puts one file where the cut left it.
void leaveWhatSurvives(
    const std::string &path, FileHistory &h, bool torn, std::mt19937_64 &random, PowerCutVfs::Damage &damage)
{
    ++damage.files;
    if (h.createdUnsynced && (!torn || random() % 2 == 0)) {
        ::unlink(path.c_str());
        ++damage.filesRemoved;
        return;
    }
    const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return; // deleted since (a delete counts as durable)
    struct stat info
    {
    };
    ::fstat(fd, &info);
    const std::int64_t current = info.st_size;
    std::int64_t size = h.syncedSize;
    if (torn && current != h.syncedSize && random() % 2 == 0)
        size = current; // the size reached the disk although the data may not have
    if (size != current && ::ftruncate(fd, size) == 0)
        ++damage.sizesReverted;
    for (auto &[sector, dirty] : h.dirty) {
        const std::int64_t offset = sector * SectorSize;
        if (offset >= size)
            continue;
        std::array<unsigned char, SectorSize> bytes {};
        const auto length = std::size_t(std::min(SectorSize, size - offset));
        if (::pread(fd, bytes.data(), length, offset) < 0)
            continue;
        const unsigned fate = torn ? unsigned(random() % 8) : 3; // 0-2 kept, 3-5 dropped, 6-7 garbage
        if (fate <= 2) {
            ++damage.sectorsKept;
            continue;
        }
        for (std::size_t i = 0; i < length; ++i)
            if (dirty.changed.test(i))
                bytes[i] = fate <= 5 ? dirty.synced[i] : static_cast<unsigned char>(random());
        if (::pwrite(fd, bytes.data(), length, offset) == ssize_t(length))
            ++(fate <= 5 ? damage.sectorsDropped : damage.sectorsGarbage);
    }
    ::close(fd);
}

} // namespace

PowerCutVfs &PowerCutVfs::install()
{
    static PowerCutVfs instance;
    static std::once_flag once;
    std::call_once(once, [] {
        Shim &s = shim();
        s.unix = sqlite3_vfs_find("unix");
        s.methods = { 3, shimClose, shimRead, shimWrite, shimTruncate, shimSync, shimFileSize, shimLock,
            shimUnlock, shimCheckReservedLock, shimFileControl, shimSectorSize, shimDeviceCharacteristics,
            shimShmMap, shimShmLock, shimShmBarrier, shimShmUnmap, shimFetch, shimUnfetch };
        s.vfs = { 2, int(sizeof(ShimFile) + s.unix->szOsFile), s.unix->mxPathname, nullptr, "powercut",
            nullptr, shimOpen, shimDelete, shimAccess, shimFullPathname, shimDlOpen, shimDlError, shimDlSym,
            shimDlClose, shimRandomness, shimSleep, shimCurrentTime, shimGetLastError, shimCurrentTimeInt64,
            nullptr, nullptr, nullptr };
        sqlite3_vfs_register(&s.vfs, 1);
    });
    return instance;
}

void PowerCutVfs::watch(const QString &directory)
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    s.root = QDir(directory).canonicalPath().toStdString() + '/';
}

void PowerCutVfs::arm(const Plan &plan)
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    s.plan = plan;
    s.events = 0;
    s.cut = false;
    s.cutFile.clear();
}

void PowerCutVfs::cutNow()
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    s.cut = true;
}

bool PowerCutVfs::isCut() const
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    return s.cut;
}

QString PowerCutVfs::cutFile() const
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    return QString::fromStdString(s.cutFile);
}

std::int64_t PowerCutVfs::events() const
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    return s.events;
}

int PowerCutVfs::openFiles() const
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    return s.openWatched;
}

bool PowerCutVfs::applyCut(Damage *damage)
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    if (s.openWatched != 0)
        return false;
    Damage done;
    std::mt19937_64 random(s.plan.seed);
    // Sorted, so that a seed always damages the same sectors.
    std::vector<std::string> paths;
    for (const auto &entry : s.files)
        paths.push_back(entry.first);
    std::sort(paths.begin(), paths.end());
    for (const std::string &path : paths)
        leaveWhatSurvives(path, s.files.at(path), s.plan.torn, random, done);
    s.files.clear();
    s.plan = {};
    s.events = 0;
    s.cut = false;
    if (damage)
        *damage = done;
    return true;
}

bool PowerCutVfs::settle()
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    if (s.openWatched != 0)
        return false;
    s.files.clear();
    s.plan = {};
    s.events = 0;
    s.cut = false;
    return true;
}

} // namespace kiosk::test
