import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-700">
        There is no page at this address. It may have been renamed when the data changed.
      </p>
      <p className="mt-2">
        <Link href="/" className="text-blue-800 underline">
          Back to the position matrix
        </Link>
      </p>
    </>
  );
}
