#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator, set for a scan's pattern of memory: large buffers (inflated blobs, line-hash tables, the
/// history index) come and go by the thousand. By default glibc raises its mmap threshold to the size of each large
/// block freed, up to 32 MiB, so such blocks end up inside the heap, where a freed one becomes a hole the RSS keeps.
/// A fixed threshold keeps every block over 256 KiB in its own mapping, returned to the system when freed, and a
/// 1 MiB trim threshold gives back the top of the heap sooner. Measured on git/git (2 jobs, a loaded machine):
/// peak RSS 608 → 509 MB, RSS after reading and matching 466 → 354 MB (bench/README.md).
public enum MallocTuning {
    /// Call once, before any thread starts: the process's allocator is shared by every thread.
    public static func apply() {
        #if canImport(Glibc)
        // `mallopt` is in <malloc.h>, which the Glibc module leaves out: looked up by name, as the C library exports it.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }  // RTLD_DEFAULT
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let (trimThreshold, mmapThreshold): (Int32, Int32) = (-1, -3)  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, 256 << 10)
        _ = mallopt(trimThreshold, 1 << 20)
        #endif
    }
}
