-- What every script shares (the others load it with dofile): each thread's number as the global `id`, and at the end
-- one line of JSON that bench.py reads: requests, duration and latency percentiles (microseconds).
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCHJSON {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "status_errors": %d, '
    .. '"socket_errors": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout))
end
