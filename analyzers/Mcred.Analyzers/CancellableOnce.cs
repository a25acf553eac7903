using System;
using System.Threading;

namespace Mcred.Analyzers
{
    /// <summary>
    /// A value computed once per compilation by whichever file action asks first, with that action's cancellation
    /// token. Unlike <see cref="Lazy{T}"/>, a cancelled computation is not remembered: the next caller computes again
    /// with its own token, so one cancelled file action cannot cancel the others.
    /// </summary>
    internal sealed class CancellableOnce<T>
        where T : class
    {
        private readonly object _gate = new object();
        private readonly Func<CancellationToken, T> _compute;
        private T? _value;

        public CancellableOnce(Func<CancellationToken, T> compute) => _compute = compute;

        public T Get(CancellationToken cancellation)
        {
            lock (_gate)
            {
                return _value ??= _compute(cancellation);
            }
        }
    }
}
