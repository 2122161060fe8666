import FuzzSupport

runLibFuzzer(fuzzPackLoader)
