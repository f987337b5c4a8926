namespace Archive.Search.Indexing;

/// <summary>
/// A bounded queue from one thread to another that never spins. <c>BlockingCollection</c> waits
/// through <c>SemaphoreSlim</c>, which spins and yields before it sleeps; when a full queue makes
/// the producer wait for every single item, that spinning took a third of the CPU time of an
/// import on a 2-core machine. Here a full queue lets the producer sleep until the consumer has
/// taken half of it, and a sleeping side is woken only when there is something for it to do.
/// </summary>
public sealed class HandOffQueue<T>
{
    private readonly Queue<T> _items = new();
    private readonly object _gate = new();
    private readonly int _capacity;
    private bool _closed;
    private bool _producerWaiting;
    private bool _consumerWaiting;

    public HandOffQueue(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _capacity = capacity;
    }

    /// <summary>Queues the item, waiting while the queue is full; false when the queue was closed and the item not taken.</summary>
    public bool Add(T item)
    {
        lock (_gate)
        {
            while (_items.Count >= _capacity && !_closed)
            {
                _producerWaiting = true;
                Monitor.Wait(_gate);
            }
            if (_closed)
            {
                return false;
            }
            _items.Enqueue(item);
            if (_consumerWaiting)
            {
                _consumerWaiting = false;
                Monitor.PulseAll(_gate);
            }
            return true;
        }
    }

    /// <summary>The next item, waiting while the queue is empty; false when the queue is closed and empty.</summary>
    public bool TryTake(out T item)
    {
        lock (_gate)
        {
            while (_items.Count == 0 && !_closed)
            {
                _consumerWaiting = true;
                Monitor.Wait(_gate);
            }
            if (_items.Count == 0)
            {
                item = default!;
                return false;
            }
            item = _items.Dequeue();
            if (_producerWaiting && _items.Count <= _capacity / 2)
            {
                _producerWaiting = false;
                Monitor.PulseAll(_gate);
            }
            return true;
        }
    }

    /// <summary>No more items will be added: the consumer takes what is left, and a waiting producer is refused.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            Monitor.PulseAll(_gate);
        }
    }
}
