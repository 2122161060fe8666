import FuzzSupport

runLibFuzzer(fuzzPackReader)
