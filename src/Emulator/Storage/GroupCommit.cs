using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace BackInStock.Emulator.Storage;

/// <summary>
/// Commits concurrent writes together. Each writer queues its work; one writer at a time leads, running
/// every queued write in one transaction with one commit (one disk flush), and each writer returns only
/// once the commit that held its write is done. Followers wait on their own signal rather than on the
/// lock, so a finished group does not wake a convoy; the leader hands over to the next queued writer.
/// If one write of a group fails, the group is rolled back and its writes run again one by one, so a
/// failure never takes another writer's data with it.
/// </summary>
internal sealed class GroupCommit(Func<bool> begin, Action commit, Action rollback)
{
    private const int MaxGroup = 512;

    private readonly ConcurrentQueue<Pending> _queue = new();
    private readonly Lock _writeLock = new();

    public T Run<T>(Func<object?> work)
    {
        using var pending = new Pending(work);
        _queue.Enqueue(pending);
        while (!pending.Done)
        {
            if (_writeLock.TryEnter())
            {
                try
                {
                    while (!pending.Done)
                    {
                        CommitQueued();
                    }
                }
                finally
                {
                    _writeLock.Exit();
                }

                // The owner of the next queued write leads next.
                if (_queue.TryPeek(out var next))
                {
                    next.Signal.Set();
                }
            }
            else
            {
                // Woken when committed or handed the lead; the timeout only guards against a missed hand-over.
                pending.Signal.Wait(TimeSpan.FromMilliseconds(50));
                pending.Signal.Reset();
            }
        }

        if (pending.Failure is { } failure)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return (T)pending.Result!;
    }

    private void CommitQueued()
    {
        var group = new List<Pending>();
        while (group.Count < MaxGroup && _queue.TryDequeue(out var next))
        {
            group.Add(next);
        }

        if (group.Count == 0)
        {
            return;
        }

        begin();
        try
        {
            foreach (var pending in group)
            {
                pending.Result = pending.Work();
            }

            commit();
        }
        catch (Exception) when (group.Count > 1)
        {
            rollback();
            group.ForEach(RunAlone);
        }
        catch (Exception failure)
        {
            rollback();
            group[0].Result = null;
            group[0].Failure = failure;
        }

        group.ForEach(p => p.Complete());
    }

    private void RunAlone(Pending pending)
    {
        begin();
        try
        {
            pending.Result = pending.Work();
            commit();
        }
        catch (Exception failure)
        {
            rollback();
            pending.Result = null;
            pending.Failure = failure;
        }
    }

    private sealed class Pending(Func<object?> work) : IDisposable
    {
        private volatile bool _done;

        public Func<object?> Work { get; } = work;

        public object? Result { get; set; }

        public Exception? Failure { get; set; }

        // No spinning: a follower waits for a disk flush, far longer than a spin, and spinning waiters would take the leader's CPU.
        public ManualResetEventSlim Signal { get; } = new(false, spinCount: 0);

        public bool Done => _done;

        public void Complete()
        {
            _done = true;
            Signal.Set();
        }

        public void Dispose() => Signal.Dispose();
    }
}
