-- W7: comment posts mixed with reads: one request in ten posts a comment on a random published article
-- (expected 201; every body differs, so the duplicate-comment 409 never applies), the others read the newest
-- comment threads of a random article (expected 200). Anything else is an error: a 429 means the comment rate
-- limit was not raised for the run (CONTENT_RATE_LIMIT_COMMENTS_QUOTA).
--   wrk ... -s w7.lua http://host:port -- <articles> [posts per 10 requests]
local bench = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

unexpected = 0
posts = 0
reads = 0
local articles, post_every, started
local counter = 0

setup = bench.setup

function init(args)
    bench.seed(thread_id)
    articles = tonumber(args[1]) or error("pass the number of published articles: -- <articles>")
    post_every = 10 / (tonumber(args[2]) or 1)
    -- The random sequence is the same in every run (seeded per thread), so the start time keeps a body from
    -- repeating one of an earlier run (the warm-up's, say) within the ten minutes of the duplicate check.
    started = os.time()
end

function request()
    counter = counter + 1
    local slug = bench.article_slug(articles)
    if counter % post_every < 1 then
        local body = string.format(
            '{"authorName":"Bench Reader %d","body":"Comment %d-%d-%d-%d from the benchmark: a bright moving story about the space station."}',
            thread_id, started, thread_id, counter, math.random(1, 1000000000))
        return wrk.format("POST", "/api/v1/articles/" .. slug .. "/comments",
            { ["Content-Type"] = "application/json" }, body)
    end
    return wrk.format("GET", "/api/v1/articles/" .. slug .. "/comments?sort=-createdAt&size=20")
end

-- A post answers 201 and a read 200; nothing else is right for either (wrk does not say which request an
-- answer belongs to, so posts and reads are told apart by their status). done() reports both counts.
function response(status, headers, body)
    if status == 201 or status == 202 then
        posts = posts + 1
    elseif status == 200 then
        reads = reads + 1
    else
        bench.unexpected(status)
    end
end

function done(summary, latency, requests)
    bench.report("W7", summary, latency, bench.sum("unexpected"), { posts = bench.sum("posts"), reads = bench.sum("reads"), unexpected_statuses = bench.sum_by_status() })
end
