-- W4: the 20 newest comment threads of a random published article (approved comments, replies nested).
--   wrk ... -s w4.lua http://host:port -- <articles>
local bench = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
local articles

setup = bench.setup

function init(args)
    bench.seed(thread_id)
    articles = tonumber(args[1]) or error("pass the number of published articles: -- <articles>")
end

function request()
    return wrk.format("GET", "/api/v1/articles/" .. bench.article_slug(articles) .. "/comments?sort=-createdAt&size=20")
end

function done(summary, latency, requests)
    bench.report("W4", summary, latency)
end
