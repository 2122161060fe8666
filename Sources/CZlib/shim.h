#include <zlib.h>

/* inflateInit and inflateInit2 are macros, which Swift cannot call. */
static inline int dredge_inflate_init(z_stream *stream) {
    return inflateInit(stream);
}

/* windowBits -15: raw deflate (zip members); 31: gzip. */
static inline int dredge_inflate_init2(z_stream *stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
