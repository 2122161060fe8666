// The target's functions are inline in include/CThreads.h; SwiftPM needs a source file to build the module.
#include "CThreads.h"
