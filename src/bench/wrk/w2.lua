-- W2: the 20 newest published articles (the first page of the list).   wrk ... -s w2.lua http://host:port
local bench = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

setup = bench.setup

function request()
    return wrk.format("GET", "/api/v1/articles?size=20")
end

function done(summary, latency, requests)
    bench.report("W2", summary, latency)
end
