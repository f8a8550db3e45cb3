-- W5: a search across articles, people and films, with varied terms (plain words, names with and without
-- accents, Spanish words, prefixes that only the trigram match finds).   wrk ... -s w5.lua http://host:port
local bench = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

local terms = {
    "astronaut", "space%20station", "jose%20hernandez", "Jos%C3%A9%20Hern%C3%A1ndez", "director", "documentary",
    "family%20drama", "migrant%20farm%20workers", "nasa%20mission", "soundtrack%20composer", "award%20nomination",
    "pel%C3%ADcula", "michoac%C3%A1n", "ni%C3%B1ez%20cohete", "pe%C3%B1a", "marquez", "nu%C3%B1ez", "hernan",
    "festival%20premiere", "gravity", "interview", "a%20million%20miles%20away", "%22space%20station%22",
    "drama%20-comedy", "telescope%20or%20satellite",
}

setup = bench.setup

function init(args)
    bench.seed(thread_id)
end

function request()
    return wrk.format("GET", "/api/v1/search?q=" .. terms[math.random(1, #terms)])
end

function done(summary, latency, requests)
    bench.report("W5", summary, latency)
end
