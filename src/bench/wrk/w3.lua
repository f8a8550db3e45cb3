-- W3: a random published article with its author included.   wrk ... -s w3.lua http://host:port -- <articles>
local bench = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
local articles

setup = bench.setup

function init(args)
    bench.seed(thread_id)
    articles = tonumber(args[1]) or error("pass the number of published articles: -- <articles>")
end

function request()
    return wrk.format("GET", "/api/v1/articles/" .. bench.article_slug(articles) .. "?include=author")
end

function done(summary, latency, requests)
    bench.report("W3", summary, latency)
end
