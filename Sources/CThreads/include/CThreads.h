#ifndef DREDGE_CTHREADS_H
#define DREDGE_CTHREADS_H

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

/// Lowers the calling thread's scheduling priority by `steps` nice levels: on Linux a nice value belongs to a thread,
/// so the rest of the process keeps its own. Swift's Glibc module has no `gettid` (and `syscall` is variadic), hence
/// this header. Returns 0, or -1 when the priority could not be changed (then nothing changed).
static inline int dredge_lower_thread_priority(int steps) {
    id_t thread = (id_t)syscall(SYS_gettid);
    int current = getpriority(PRIO_PROCESS, thread);
    return setpriority(PRIO_PROCESS, thread, current + steps);
}

/// The calling thread's nice value.
static inline int dredge_thread_priority(void) {
    return getpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid));
}

#endif
