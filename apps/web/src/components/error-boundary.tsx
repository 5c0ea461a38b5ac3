import { Component, type ReactNode } from 'react';

/** A page that fails to draw says so, instead of leaving the screen blank; the menu keeps working. */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="problem" role="alert">
        <h1>This page could not be shown</h1>
        <p>{this.state.error.message}</p>
        <p>Try again, or choose another page from the menu.</p>
      </div>
    );
  }
}
