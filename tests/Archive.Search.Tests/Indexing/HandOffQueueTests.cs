using Archive.Search.Indexing;

namespace Archive.Search.Tests.Indexing;

public sealed class HandOffQueueTests
{
    [Fact]
    public async Task EveryItemArrivesOnceAndInOrderAcrossThreads()
    {
        var queue = new HandOffQueue<int>(4);
        var taken = new List<int>();
        var consumer = Task.Run(() =>
        {
            while (queue.TryTake(out var item))
            {
                taken.Add(item);
            }
        });
        for (var i = 0; i < 10_000; i++)
        {
            Assert.True(queue.Add(i));
        }
        queue.Close();
        await consumer.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(Enumerable.Range(0, 10_000), taken);
    }

    [Fact]
    public void ClosedQueueRefusesNewItemsButGivesUpWhatItHolds()
    {
        var queue = new HandOffQueue<string>(2);
        Assert.True(queue.Add("a"));
        queue.Close();
        Assert.False(queue.Add("b"));
        Assert.True(queue.TryTake(out var first));
        Assert.Equal("a", first);
        Assert.False(queue.TryTake(out _));
    }

    [Fact]
    public async Task ClosingReleasesAProducerWaitingOnAFullQueue()
    {
        var queue = new HandOffQueue<int>(2);
        Assert.True(queue.Add(1));
        Assert.True(queue.Add(2));
        var blocked = Task.Run(() => queue.Add(3));
        await Task.Delay(100);
        Assert.False(blocked.IsCompleted);
        queue.Close();
        Assert.False(await blocked.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
